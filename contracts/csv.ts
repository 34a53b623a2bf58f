/**
 * The one CSV writer of the console (the audit trail on the server, the sessions export in the
 * browser): RFC 4180, and safe to open in a spreadsheet.
 */

/**
 * A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return as a formula
 * (OWASP "CSV injection"). Numbers are not spared: a negative one is kept as text too.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell. A formula-like value gets a leading apostrophe and quotes, as OWASP advises, so it
 * stays text; a value with a quote, comma or line break is quoted; null is an empty cell.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (formulaStart.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ended by CRLF as RFC 4180 has it. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
