// Rows → CSV (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.

type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toPrecision(6)) : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== "number") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows are plain objects of scalars; the first row's keys are the columns. */
export function toCsv(rows: object[], columns = rows.length ? Object.keys(rows[0]) : []): string {
  const value = (r: object, c: string) => (r as Record<string, Cell>)[c];
  const lines = [columns.map(cell).join(","), ...rows.map((r) => columns.map((c) => cell(value(r, c))).join(","))];
  return lines.map((line) => `${line}\r\n`).join("");
}
