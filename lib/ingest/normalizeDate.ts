// Dates as sources write them ("2016-02-01 01:28:49", "Wed, 04 Jun 2003 01:00:00 +0800", "20170113",
// "3 juin 2003", "2003年6月3日", "٣ يونيو ٢٠٠٣") → ISO 8601, keeping the date and clock time the source
// states in its own time zone. Nothing is converted to UTC or to the server's zone: an article published at
// 01:00 on 4 June in Beijing was published on 4 June, whatever TZ the ingest runs under. Written-out dates
// are read by chrono-node, one locale after another.
import * as chrono from "chrono-node";

/** chrono's strict parsers (formal dates only: no "yesterday"), in the order they are tried. */
const PARSERS = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.ru, chrono.uk, chrono.zh, chrono.ja, chrono.ar, chrono.nl, chrono.pt, chrono.it, chrono.sv].map((l) => l.strict);
/** A date is a short string; a longer one is not searched (and cannot cost much). */
const MAX_LENGTH = 200;
/** Only for resolving what a date leaves out, which is never used: a date without its year is no date. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** ISO 8601 for a date string as its source states it, or null. Date-only input stays date-only. */
export function toIsoTimestamp(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v || v.length > MAX_LENGTH) return null;
  const compact = v.match(/^(\d{4})-?(\d{2})-?(\d{2})$/);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const numeric = v.match(/^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/);
  if (numeric) return dayMonthYear(numeric);
  for (const parser of PARSERS) {
    const start = parser.parse(v, REFERENCE)[0]?.start;
    if (!start?.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    const date = isoDate(start.get("year")!, start.get("month")!, start.get("day")!);
    if (!date || !start.isCertain("hour")) return date;
    const time = [start.get("hour")!, start.get("minute") ?? 0, start.get("second") ?? 0].map(two).join(":");
    return `${date}T${time}${start.isCertain("timezoneOffset") ? offset(start.get("timezoneOffset")!) : ""}`;
  }
  return null;
}

/** The calendar date an article was published on, YYYY-MM-DD, as the source's own clock read it. */
export function toIsoDate(value: string | null | undefined): string | null {
  // "2015-07-24T05:36:09+01:00" states its day first: no need to parse the rest (articles are stored by the thousand)
  const leading = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d|$)/);
  if (leading) return isoDate(Number(leading[1]), Number(leading[2]), Number(leading[3]));
  return toIsoTimestamp(value)?.slice(0, 10) ?? null;
}

/**
 * Spreadsheet dates: "14.02.2024" is always day.month.year; with slashes, "14/02/2024" can only be
 * day/month and "02/14/2024" only month/day, but "03/04/2024" could be either, so it is not guessed.
 */
function dayMonthYear([, a, sep, b, year]: RegExpMatchArray): string | null {
  const [x, y] = [Number(a), Number(b)];
  const [day, month] = sep === "." || x > 12 ? [x, y] : y > 12 ? [y, x] : [0, 0];
  return day ? isoDate(Number(year), month, day) : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${two(month)}-${two(day)}`;
}

/** Minutes east of UTC → "+08:00", or "Z". */
function offset(minutes: number): string {
  if (minutes === 0) return "Z";
  const m = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${two(Math.floor(m / 60))}:${two(m % 60)}`;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}
