// CSV as RFC 4180 and the Frictionless default dialect say: comma, double quotes, CRLF, UTF-8.
// A missing value is an empty cell, which Frictionless reads as "no value".
import type { Row } from './hsds';

function cell(v: Row[string]): string {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return (
    [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((line) => line.map(cell).join(',')).join('\r\n') +
    '\r\n'
  );
}
