// Dates as sources write them ("2016-02-01 01:28:49", "Tue, 03 Jun 2003 09:39:21 GMT", "20170113") → ISO.

/** ISO 8601 timestamp for a date string, or null when it cannot be read. Date-only input stays date-only. */
export function toIsoTimestamp(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const compact = v.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const numeric = v.match(/^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/);
  if (numeric) return dayMonthYear(numeric);
  const t = Date.parse(v.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, "$1T$2"));
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(t).toISOString() : null;
}

/** The calendar date an article was published on, YYYY-MM-DD, as the source's own clock read it. */
export function toIsoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  // "2015-07-24T05:36:09+01:00" was published on the 24th where it was written, whatever UTC says
  const leading = v.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (leading) return Number(leading[2]) >= 1 && Number(leading[2]) <= 12 && Number(leading[3]) >= 1 && Number(leading[3]) <= 31 ? leading[0] : null;
  return toIsoTimestamp(v)?.slice(0, 10) ?? null;
}

/**
 * Spreadsheet dates: "14.02.2024" is always day.month.year; with slashes, "14/02/2024" can only be
 * day/month and "02/14/2024" only month/day, but "03/04/2024" could be either, so it is not guessed.
 */
function dayMonthYear([, a, sep, b, year]: RegExpMatchArray): string | null {
  const [x, y] = [Number(a), Number(b)];
  const [day, month] = sep === "." || x > 12 ? [x, y] : y > 12 ? [y, x] : [0, 0];
  if (!day || month < 1 || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
