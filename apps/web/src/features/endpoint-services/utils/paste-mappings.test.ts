import { describe, expect, it } from 'vitest';
import { badLineMessage, MAX_PASTED_LINES, parsePastedMappings } from './paste-mappings';

describe('parsePastedMappings', () => {
  it('when lines use any accepted form, then each becomes a TCP mapping in order', () => {
    const result = parsePastedMappings('8080:80\n8081 81\n8082->82\n 8083 -> 83 \n8084\t84\n8085,85\n8086→86\n8087:87/tcp\n8088 88 TCP');
    expect(result.bad).toEqual([]);
    expect(result.rows.map((r) => [r.clientPort, r.serverPort])).toEqual([
      [8080, 80],
      [8081, 81],
      [8082, 82],
      [8083, 83],
      [8084, 84],
      [8085, 85],
      [8086, 86],
      [8087, 87],
      [8088, 88],
    ]);
    expect(result.rows.every((r) => r.protocol === 'TCP')).toBe(true);
  });

  it('when lines are blank or comments, then they are skipped but still counted for line numbers', () => {
    const result = parsePastedMappings('# web\n\n8080:80\r\n\r\noops');
    expect(result.rows).toHaveLength(1);
    expect(result.bad).toEqual([{ line: 5, text: 'oops', reason: 'is not a mapping like 8080:80 (client port, then server port)' }]);
  });

  it('when a line cannot be read, then it is reported with its line number and why', () => {
    const result = parsePastedMappings('8080:80\n80a:90\n70000:80\n80:0\n443:443/udp\n1:2:3');
    expect(result.rows).toHaveLength(1);
    expect(result.bad.map((b) => [b.line, b.reason])).toEqual([
      [2, 'is not a mapping like 8080:80 (client port, then server port)'],
      [3, 'client port 70000 must be between 1 and 65535'],
      [4, 'server port 0 must be between 1 and 65535'],
      [5, 'protocol udp must be TCP (the only protocol the cloud supports)'],
      [6, 'is not a mapping like 8080:80 (client port, then server port)'],
    ]);
    expect(badLineMessage(result.bad[0]!)).toBe('Line 2: “80a:90” is not a mapping like 8080:80 (client port, then server port)');
  });

  it('when 201 lines are pasted, then all are read (the counter, not the parser, says it is too many)', () => {
    const text = Array.from({ length: 201 }, (_, i) => `${10000 + i}:${20000 + i}`).join('\n');
    expect(parsePastedMappings(text).rows).toHaveLength(201);
  });

  it('when the paste is huge, then it is refused as a whole', () => {
    const text = Array.from({ length: MAX_PASTED_LINES + 1 }, (_, i) => `${1 + i}:80`).join('\n');
    const result = parsePastedMappings(text);
    expect(result.rows).toEqual([]);
    expect(result.refused).toBe('The paste has 1,001 lines; paste at most 1,000 at a time.');
  });
});
