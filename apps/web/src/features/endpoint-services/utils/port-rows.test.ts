import { describe, expect, it } from 'vitest';
import { PortMappings } from '@portico/contracts/endpoint-services';
import {
  addRow,
  appendRows,
  cellMessage,
  listMessage,
  cellValue,
  checkRows,
  duplicateMessage,
  emptyRow,
  isSorted,
  mappingCounter,
  removeRow,
  rowsOf,
  sortRows,
  updateCell,
  type PortRow,
} from './port-rows';

const row = (clientPort: number, serverPort: number): PortRow => ({ clientPort, serverPort, protocol: 'TCP' });
const many = (n: number) => Array.from({ length: n }, (_, i) => row(1000 + i, 2000 + i));

describe('row editing', () => {
  it('when a cell changes, then only that row is a new object', () => {
    const rows = [row(80, 8080), row(443, 8443)];
    const next = updateCell(rows, 1, 'serverPort', 9443);
    expect(next).toEqual([row(80, 8080), row(443, 9443)]);
    expect(next[0]).toBe(rows[0]);
  });

  it('when rows are added and removed, then the others keep their values', () => {
    const rows = addRow([row(80, 8080)]);
    expect(rows).toHaveLength(2);
    expect(Number.isNaN(rows[1]?.clientPort)).toBe(true);
    expect(removeRow(rows, 0)).toEqual([emptyRow()]);
  });

  it('when an input is cleared, then the cell is empty (NaN)', () => {
    expect(cellValue('')).toBeNaN();
    expect(cellValue(8080)).toBe(8080);
    expect(cellValue('99999999999999999999')).toBe(1e20);
  });

  it('when the service is read, then its mappings become TCP rows', () => {
    expect(rowsOf([{ clientPort: 80, serverPort: 8080, protocol: 'TCP' }])).toEqual([row(80, 8080)]);
  });
});

describe('sortRows', () => {
  it('when sorted, then by client port, then server port, empty cells last, equal rows in their order', () => {
    const a = row(8080, 80);
    const b = row(8080, 80);
    const rows = [emptyRow(), row(9000, 1), a, row(443, 2), b, row(8080, 70)];
    const sorted = sortRows(rows);
    expect(sorted.map((r) => r.clientPort)).toEqual([443, 8080, 8080, 8080, 9000, Number.NaN]);
    expect(sorted[1]).toEqual(row(8080, 70));
    expect(sorted[2]).toBe(a);
    expect(sorted[3]).toBe(b);
    expect(isSorted(rows)).toBe(false);
    expect(isSorted(sorted)).toBe(true);
  });
});

describe('appendRows', () => {
  it('when mappings are bulk-added, then blank rows go and the filled ones stay first', () => {
    expect(appendRows([row(80, 8080), emptyRow()], [row(1, 2)])).toEqual([row(80, 8080), row(1, 2)]);
  });
});

describe('mappingCounter', () => {
  it('when there are more than 200 rows, then the counter is over', () => {
    expect(mappingCounter(many(41))).toEqual({ count: 41, max: 200, over: false, text: '41 / 200' });
    expect(mappingCounter(many(201))).toMatchObject({ over: true, text: '201 / 200' });
  });
});

describe('checkRows', () => {
  it('when a client port repeats, then the later row says so in the contract’s words, and both rows are marked', () => {
    const rows = [row(80, 8080), row(8080, 80), row(443, 8443), row(8080, 81)];
    const check = checkRows(rows);
    expect(check.errors[3]?.clientPort).toBe('client port 8080 is already mapped in row 2');
    expect(check.errors[1]?.clientPort).toBeUndefined();
    expect(check.duplicateOf).toEqual([undefined, undefined, undefined, 1]);
    expect(check.repeatedIn[1]).toEqual([3]);
    expect(check.valid).toBe(false);
    expect(check.problemRows).toEqual([3]);
  });

  it('when the contract words a duplicate, then the editor’s own text is the same', () => {
    const issue = PortMappings.safeParse([row(1, 2), row(5, 6), row(5, 7)]).error?.issues[0];
    expect(issue?.path).toEqual([2, 'clientPort']);
    expect(issue?.message).toBe(duplicateMessage(5, 1));
  });

  it('when a row has other problems, then duplicates are still found among the valid rows', () => {
    const rows = [row(80, 1), row(70000, 2), emptyRow(), row(80, 3), emptyRow()];
    const check = checkRows(rows);
    expect(check.errors[1]?.clientPort).toBe('must be between 1 and 65535');
    expect(check.errors[2]).toEqual({ clientPort: 'must be a port number', serverPort: 'must be a port number' });
    expect(check.errors[3]?.clientPort).toBe('client port 80 is already mapped in row 1');
    // Two empty rows are not duplicates of each other.
    expect(check.duplicateOf[4]).toBeUndefined();
    expect(check.problemRows).toEqual([1, 2, 3, 4]);
  });

  it('when a server port is used by a service sharing the backend port, then that cell names the service', () => {
    const sharing = [{ id: 'b', serviceName: 'orders-lb', ports: [{ clientPort: 443, serverPort: 8443, protocol: 'TCP' }] }];
    const check = checkRows([row(1, 8443), row(2, 8444)], sharing);
    expect(check.errors[0]?.serverPort).toBe('server port 8443/TCP is already used by orders-lb, which shares this backend port');
    expect(check.errors[1]).toEqual({});
    expect(check.valid).toBe(false);
  });

  it('when there are more than 200 mappings, then the list says so and the rows are still checked', () => {
    const rows = [...many(200), row(1000, 5)];
    const check = checkRows(rows);
    expect(check.listError).toBe('may hold at most 200 port mappings');
    expect(check.errors[200]?.clientPort).toBe('client port 1000 is already mapped in row 1');
    expect(checkRows(many(200)).valid).toBe(true);
  });
});

describe('cellMessage', () => {
  it('when the message names its port, then it reads as it is; otherwise after the cell’s label', () => {
    expect(cellMessage(4, 'clientPort', 'client port 8080 is already mapped in row 2')).toBe('Row 4: client port 8080 is already mapped in row 2');
    expect(cellMessage(41, 'clientPort', 'must be between 1 and 65535')).toBe('Row 41: client port must be between 1 and 65535');
    expect(cellMessage(3, 'serverPort', undefined)).toBeUndefined();
    expect(listMessage('may hold at most 200 port mappings')).toBe('An endpoint service may hold at most 200 port mappings');
  });

  it('when the console is in Chinese, then the row leads in Chinese and a message naming its port is not given the field twice', async () => {
    const { i18n } = await import('@/lib/i18n/i18n');
    await i18n.changeLanguage('zh-CN');
    try {
      expect(cellMessage(41, 'clientPort', '必须在 1 到 65535 之间')).toBe('第 41 行：客户端端口必须在 1 到 65535 之间');
      expect(
        checkRows([
          { clientPort: 80, serverPort: 1 },
          { clientPort: 80, serverPort: 2 },
        ]).errors[1]?.clientPort,
      ).toBe('客户端端口 80 已在第 1 行映射');
      expect(cellMessage(2, 'clientPort', '客户端端口 80 已在第 1 行映射')).toBe('第 2 行：客户端端口 80 已在第 1 行映射');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
