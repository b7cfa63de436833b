import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { addRow, checkRows, emptyRows, fillRows, removeRow, rowCounter, rowMessage, showRowError, updateRow } from './cidr-rows';

describe('row editing', () => {
  it('when rows are added, changed and removed, then the others keep their values', () => {
    let rows = emptyRows();
    rows = updateRow(rows, 0, '10.0.0.0/24');
    rows = addRow(rows);
    rows = updateRow(rows, 1, '192.0.2.7');
    rows = addRow(rows);
    expect(rows).toEqual(['10.0.0.0/24', '192.0.2.7', '']);
    expect(removeRow(rows, 1)).toEqual(['10.0.0.0/24', '']);
  });

  it('when the last row is removed, then one empty row remains to type in', () => {
    expect(removeRow(['10.0.0.0/24'], 0)).toEqual(['']);
  });
});

describe('fillRows', () => {
  it('when a list is pasted, then it is split on semicolons, commas, spaces and new lines and follows the filled rows', () => {
    const { rows, added } = fillRows(['10.0.0.0/24', ''], '192.0.2.7; 198.51.100.0/24,2001:db8::/48\n203.0.113.9   203.0.113.10');
    expect(added).toBe(5);
    expect(rows).toEqual(['10.0.0.0/24', '192.0.2.7', '198.51.100.0/24', '2001:db8::/48', '203.0.113.9', '203.0.113.10']);
  });

  it('when the paste holds more than an item can, then all rows are kept and the counter goes over', () => {
    const text = Array.from({ length: 12 }, (_, i) => `10.0.${i}.0/24`).join('\n');
    const { rows } = fillRows(emptyRows(), text);
    expect(rows).toHaveLength(12);
    expect(rowCounter(rows)).toEqual({ count: 12, max: 10, over: true, text: '12 / 10' });
    expect(checkRows(rows, 'ALLOW').listError).toBe('may hold at most 10 IP addresses or CIDR blocks');
  });

  it('when the paste is blank, then the rows stay as they were', () => {
    expect(fillRows(['10.0.0.0/24'], ' ;\n, ')).toEqual({ rows: ['10.0.0.0/24'], added: 0 });
    expect(fillRows([''], '')).toEqual({ rows: [''], added: 0 });
  });
});

describe('checkRows', () => {
  it('when a row is not an address or block, then it carries the contract message', () => {
    const { errors, listError } = checkRows(['10.0.0.0/24', '10.0.0.0/33', 'example.com', ''], 'ALLOW');
    expect(errors).toEqual([undefined, '10.0.0.0/33 is not a valid CIDR block', 'example.com is not a valid IP address', 'is empty']);
    expect(listError).toBeUndefined();
  });

  it('when there are too many rows, then each bad row still has its message', () => {
    const rows = [...Array.from({ length: 10 }, (_, i) => `10.0.${i}.0/24`), 'nope'];
    const { errors, listError } = checkRows(rows, 'ALLOW');
    expect(errors[10]).toBe('nope is not a valid IP address');
    expect(listError).toMatch(/at most 10/);
  });

  it('when a network repeats, then the repeat is an error on its row, not also a warning', () => {
    const { errors, warnings } = checkRows(['10.0.0.0/24', '10.0.0.0/24'], 'ALLOW');
    expect(errors).toEqual([undefined, '10.0.0.0/24 repeats entry 1']);
    expect(warnings[1]).toEqual([]);
  });

  it('when one block contains another or host bits are set, then warnings sit on the inner and the written row', () => {
    const { errors, warnings } = checkRows(['10.0.0.0/16', '10.0.5.0/24', '192.168.1.1/24'], 'ALLOW');
    expect(errors).toEqual([undefined, undefined, undefined]);
    expect(warnings).toEqual([[], ['10.0.0.0/16 already contains 10.0.5.0/24'], ['192.168.1.1/24 means 192.168.1.0/24']]);
  });

  it('when a block is very wide, then the warning says what it means for the list type', () => {
    expect(checkRows(['0.0.0.0/0'], 'ALLOW').warnings[0]).toEqual(['0.0.0.0/0 is every address: it allows everyone']);
    expect(checkRows(['::/0'], 'ALLOW').warnings[0]).toEqual(['::/0 is every address: it allows everyone']);
    expect(checkRows(['::/0'], 'REFUSE').warnings[0]).toEqual(['::/0 is every address: it refuses everyone']);
    expect(checkRows(['10.0.0.0/8'], 'ALLOW').warnings[0]).toEqual(['10.0.0.0/8 is a very wide block: it lets in a large part of the internet']);
    expect(checkRows(['10.0.0.0/8'], 'REFUSE').warnings[0]?.[0]).toMatch(/shuts out/);
  });
});

describe('checkRows across the policy items of one ACL', () => {
  const others = [
    { id: 'P1', cidrs: ['10.0.0.0/16'] },
    { id: 'P2', cidrs: ['10.0.0.0/16', '192.0.2.7'] },
  ];

  it("when an entry overlaps or repeats another item's entry, then its row warns, naming the item", () => {
    const { warnings, allWarnings } = checkRows(['10.0.5.0/24', '192.0.2.7'], 'ALLOW', others);
    expect(warnings).toEqual([
      ['10.0.5.0/24 is inside 10.0.0.0/16 of policy item P1', '10.0.5.0/24 is inside 10.0.0.0/16 of policy item P2'],
      ['192.0.2.7 is already in policy item P2'],
    ]);
    expect(allWarnings).toEqual([...(warnings[0] ?? []), ...(warnings[1] ?? [])]);
  });

  it('when the same overlap would be said on two rows, then it is said once', () => {
    const { warnings, allWarnings } = checkRows(['10.0.0.0/8', '10.0.0.0/8 '], 'ALLOW', [{ id: 'P1', cidrs: ['10.1.0.0/16'] }]);
    expect(allWarnings.filter((w) => w.includes('P1'))).toEqual(['10.0.0.0/8 contains 10.1.0.0/16 of policy item P1']);
    expect(warnings[1]).toEqual([]);
  });

  it('when a row is invalid, then it gets no cross-item warning', () => {
    expect(checkRows(['10.0.0.0/33'], 'ALLOW', others).allWarnings).toEqual([]);
  });
});

describe('showRowError', () => {
  it('when a row is blank, then its message waits for a save attempt', () => {
    expect(showRowError(['', 'x'], 0, false)).toBe(false);
    expect(showRowError(['', 'x'], 1, false)).toBe(true);
    expect(showRowError(['', 'x'], 0, true)).toBe(true);
  });
});

describe('rowMessage', () => {
  it('when the message names the entry, then it reads as it is; otherwise the row label leads', () => {
    expect(rowMessage('Entry 2', 'example.com', 'example.com is not a valid IP address')).toBe('example.com is not a valid IP address');
    expect(rowMessage('Entry 3', '', 'is empty')).toBe('Entry 3 is empty');
    expect(rowMessage('Entry 3', 'x'.repeat(70), 'is too long for an IP address or CIDR block')).toBe('Entry 3 is too long for an IP address or CIDR block');
    expect(rowMessage('Entry 1', '10.0.0.1', undefined)).toBeUndefined();
  });
});

describe('wide block warnings in Chinese', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('when the reader reads zh-CN, then 0.0.0.0/0 says it allows everyone, in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(checkRows(['0.0.0.0/0'], 'ALLOW').warnings[0]).toEqual(['0.0.0.0/0 是所有地址：允许所有人访问']);
  });

  it('when an entry falls inside another item or repeats a row, then the finding is Chinese too, naming the same entries', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(checkRows(['203.0.113.7'], 'ALLOW', [{ id: 'P1', cidrs: ['203.0.113.0/24'] }]).warnings[0]).toEqual(['203.0.113.7 在策略 P1 的 203.0.113.0/24 之内']);
    expect(checkRows(['10.0.0.0/8', '10.1.0.0/16'], 'REFUSE').warnings[1]).toEqual(['10.0.0.0/8 已包含 10.1.0.0/16']);
  });

  it('when the language switches, then the same structured findings are said again in the new language', async () => {
    const rows = ['10.0.0.0/16', '10.0.5.0/24', '192.168.1.1/24', '198.51.100.0/24', '172.16.0.0/12'];
    const others = [
      { id: 'P1', cidrs: ['198.51.100.0/24'] },
      { id: 'P2', cidrs: ['172.16.5.0/24', '10.0.0.0/8'] },
    ];
    const english = checkRows(rows, 'ALLOW', others).allWarnings;
    expect(english).toEqual([
      '10.0.0.0/16 is inside 10.0.0.0/8 of policy item P2',
      '10.0.0.0/16 already contains 10.0.5.0/24',
      '10.0.5.0/24 is inside 10.0.0.0/8 of policy item P2',
      '192.168.1.1/24 means 192.168.1.0/24',
      '198.51.100.0/24 is already in policy item P1',
      '172.16.0.0/12 contains 172.16.5.0/24 of policy item P2',
    ]);
    await i18n.changeLanguage('zh-CN');
    expect(checkRows(rows, 'ALLOW', others).allWarnings).toEqual([
      '10.0.0.0/16 在策略 P2 的 10.0.0.0/8 之内',
      '10.0.0.0/16 已包含 10.0.5.0/24',
      '10.0.5.0/24 在策略 P2 的 10.0.0.0/8 之内',
      '192.168.1.1/24 即 192.168.1.0/24',
      '198.51.100.0/24 已在策略 P1 中',
      '172.16.0.0/12 包含策略 P2 的 172.16.5.0/24',
    ]);
  });
});
