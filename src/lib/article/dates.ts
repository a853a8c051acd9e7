/**
 * Dates of publication and update as editors write them: a day (`2024-05-12`), a day and time in
 * the article's time zone (`2024-05-12 08:31`, seconds optional), or ISO 8601 with an offset
 * (`2024-05-12T08:31:00+08:00`, `Z` for UTC). Stored as written for a day, else as ISO 8601 with
 * the offset, plus the calendar day in the article's time zone for listings.
 */

/** Time zone of dates without an offset when neither the article nor the caller names one. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export type Moment = {
  /** `YYYY-MM-DD` for a day, else `YYYY-MM-DDTHH:MM:SS±HH:MM`. */
  readonly date: string;
  /** Calendar day in the article's time zone. */
  readonly day: string;
};

/** What is wrong with the form of a date value, if anything (no time zone needed to tell). */
export function dateProblem(value: string): string | undefined {
  const parts = DAY.exec(value) ?? LOCAL.exec(value) ?? OFFSET.exec(value);
  if (parts === null) return "form";
  const [, year, month, day, hour = "0", minute = "0", second = "0", offset] = parts;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return "day";
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return "time";
  if (offset !== undefined && offset !== "Z" && Math.abs(offsetOf(offset)) > 14 * 60) return "time";
  return undefined;
}

/** The moment a well-formed value names, read in `timeZone` when it has no offset. */
export function readMoment(value: string, timeZone: string): Moment {
  if (DAY.test(value)) return { date: value, day: value };
  const local = LOCAL.exec(value);
  if (local !== null) {
    const [, year, month, day, hour, minute, second = "00"] = local;
    const guess = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
    let offset = zoneOffset(guess, timeZone);
    const corrected = zoneOffset(guess - offset * 60_000, timeZone);
    if (corrected !== offset) offset = corrected;
    return {
      date: `${year}-${month}-${day}T${hour}:${minute}:${second}${formatOffset(offset)}`,
      day: `${year}-${month}-${day}`,
    };
  }
  const parts = OFFSET.exec(value);
  if (parts === null) throw new Error(`Not a date: ${value}`);
  const [, year, month, day, hour, minute, second = "00", written = "Z"] = parts;
  const offset = written === "Z" ? 0 : offsetOf(written);
  const instant =
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) -
    offset * 60_000;
  return {
    date: `${year}-${month}-${day}T${hour}:${minute}:${second}${formatOffset(offset)}`,
    day: localDay(instant, timeZone),
  };
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, format);
  }
  return format;
}

function fields(instant: number, zone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(instant))) out[part.type] = Number(part.value);
  return out;
}

/** Minutes `zone` is ahead of UTC at `instant`. */
function zoneOffset(instant: number, zone: string): number {
  const f = fields(instant, zone);
  const asUtc = Date.UTC(
    f["year"] ?? 1970,
    (f["month"] ?? 1) - 1,
    f["day"] ?? 1,
    f["hour"] ?? 0,
    f["minute"] ?? 0,
    f["second"] ?? 0,
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

function localDay(instant: number, zone: string): string {
  const f = fields(instant, zone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${String(f["year"]).padStart(4, "0")}-${pad(f["month"])}-${pad(f["day"])}`;
}

function offsetOf(written: string): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(written) ?? [];
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
