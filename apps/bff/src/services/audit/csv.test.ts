import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV cells', () => {
  it('when a value starts a formula, then it is neutralised and quoted', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
  });

  it('when a formula trigger follows a separator a spreadsheet may split on, then it is neutralised there too', () => {
    // A `;`-locale spreadsheet opening this file would start a new cell after the semicolon.
    expect(csvCell('orders;=cmd|" /C calc"!A0')).toBe(`"orders;'=cmd|"" /C calc""!A0"`);
    expect(csvCell('a,+1')).toBe(`"a,'+1"`);
    expect(csvCell('line\n-2')).toBe(`"line\n'-2"`);
  });

  it('when a value is plain, then it is only quoted', () => {
    expect(csvCell('orders-api')).toBe('"orders-api"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it('when rows are written, then every cell of every line is quoted and lines end in CRLF', () => {
    expect(toCsv([['name', (r: { n: string }) => r.n]], [{ n: 'a;b' }])).toBe('"name"\r\n"a;b"\r\n');
  });
});
