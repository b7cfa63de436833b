/**
 * Characters that make a spreadsheet run a cell as a formula, at the start of a cell or right
 * after anything a spreadsheet may split cells on: a comma, a semicolon (the list separator of
 * many European and other locales), a tab or a line break. Quoting alone does not help when a
 * `;`-locale opens a comma-separated file.
 */
const formulaTrigger = /(^|[,;\t\r\n])([=+\-@\t\r])/g;

/** Every cell quoted; a formula trigger gets a `'` in front, which spreadsheets show as text. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '""';
  const text = String(value).replace(formulaTrigger, "$1'$2");
  return `"${text.replace(/"/g, '""')}"`;
}

/** One RFC 4180 line, ending in CRLF. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** RFC 4180 CSV with a header row, every cell quoted. */
export function toCsv<T>(columns: [string, (row: T) => unknown][], rows: readonly T[]): string {
  let out = csvLine(columns.map(([name]) => name));
  for (const row of rows) out += csvLine(columns.map(([, get]) => get(row)));
  return out;
}
