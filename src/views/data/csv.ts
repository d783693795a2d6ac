/** CSV for spreadsheet users (RFC 4180): comma-separated, CRLF line ends, quotes where needed. */

/** Quotes a field when it holds a comma, quote, or line break; doubles inner quotes. */
function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV document. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new RangeError(`CSV row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
  }
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
