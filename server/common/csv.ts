import { stringify } from 'csv-stringify/sync';

/**
 * Text a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return some strip first)
 * gets a leading apostrophe (OWASP "CSV injection"). Every CSV and XLSX export applies it to text cells; numbers
 * are written as numbers and never guarded.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | null | undefined;

/**
 * A CSV table: the header row, then the rows; CRLF after every row, RFC 4180 quoting (also of line breaks inside a
 * cell), empty cells for null, text made inert. `bom`: start with a UTF-8 BOM so spreadsheet software reads Chinese.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  return stringify([header, ...rows] as CsvCell[][], {
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { string: inertText },
  });
}
