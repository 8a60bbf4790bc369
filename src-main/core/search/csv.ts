/** RFC 4180 CSV, with cells that a spreadsheet would run as a formula neutralised. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

function cell(value: string): string {
  // A leading =, +, - or @ makes Excel and LibreOffice evaluate the cell (CSV injection).
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
