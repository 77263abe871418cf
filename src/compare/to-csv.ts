/**
 * Writes rows as CSV (RFC 4180): a header line, then one line per row, CRLF line ends. A field is
 * quoted when it holds a double quote, a comma, a CR or a LF (inner quotes doubled). null and
 * undefined are empty fields; booleans are `true`/`false`; numbers as JavaScript prints them (a
 * nested object or array, which tidy rows never hold, is written as JSON).
 * Columns: `columns` when given, else the keys of the rows in order of first appearance (the rows of
 * `toRows` all share one fixed key order). No rows and no columns give an empty string.
 * @example
 * toCSV([{ term: 'soldats "de la paix"', count: 2 }, { term: 'bandits, pillards', count: 1 }]);
 * //=> 'term,count\r\n"soldats ""de la paix""",2\r\n"bandits, pillards",1\r\n'
 */
export function toCSV<T extends object>(rows: readonly T[], columns?: readonly (keyof T & string)[]): string {
  const header = columns ? [...columns] : columnsOf(rows);
  if (header.length === 0) return '';
  const lines = [header.map(field).join(',')];
  for (const row of rows) {
    const record = row as Readonly<Record<string, unknown>>;
    lines.push(header.map((c) => field(record[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function columnsOf(rows: readonly object[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
