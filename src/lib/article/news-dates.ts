/**
 * Checks of the news model's dates once each is valid on its own:
 * - an article is updated after it is published. An `updated` earlier than `date` is an error, not
 *   a warning: the page would state an impossible fact (更新 before 發佈), and it is nearly always a
 *   typo in one of the two (a year, a month) that only the editor can correct;
 * - a local time that does not exist in the time zone (skipped when clocks move forward, e.g.
 *   02:30 on 2024-03-10 in New York) is a warning: the page shows the time an hour later.
 */
import type { VFile } from "vfile";
import { readMoment, type Moment } from "./dates.ts";
import { report } from "./messages.ts";
import { REPORTED_DATE } from "./value-shape.ts";

export const UPDATED_BEFORE_DATE_RULE = "updated-before-date";

/** Milliseconds of a moment with a time of day; undefined for a day alone. */
const instantOf = (moment: Moment): number | undefined =>
  moment.date.length > 10 ? Date.parse(moment.date) : undefined;

/** Whether `updated` is before `published`: by instant when both have a time, else by calendar day. */
export function isBefore(updated: Moment, published: Moment): boolean {
  const [a, b] = [instantOf(updated), instantOf(published)];
  if (a !== undefined && b !== undefined) return a < b;
  return updated.day < published.day;
}

export const TIME_SKIPPED_RULE = "time-skipped";
const LOCAL = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/;

/** Every date check, for dates that are valid on their own; `offsetOf` places a key's value. */
export function checkNewsDates(
  file: VFile,
  dates: { readonly date: string; readonly updated?: string | undefined },
  timeZone: string,
  offsetOf: (path: readonly string[]) => number | undefined,
): void {
  if ([dates.date, dates.updated].includes(REPORTED_DATE)) return;
  checkUpdateOrder(file, dates, timeZone, offsetOf(["updated"]));
  for (const key of ["date", "updated"] as const) {
    const value = dates[key];
    if (value !== undefined) checkSkippedTime(file, key, value, timeZone, offsetOf([key]));
  }
}

/** The wall-clock time (YYYY-MM-DD HH:MM) of an instant in `timeZone`. */
function wallClock(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

/** Reports a local time (written without offset) that the time zone skips. */
function checkSkippedTime(file: VFile, key: string, value: string, timeZone: string, place: number | undefined): void {
  const written = LOCAL.exec(value);
  if (written === null || /(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) return;
  const moment = readMoment(value, timeZone);
  const shown = wallClock(Date.parse(moment.date), timeZone);
  if (shown === `${written[1] ?? ""} ${written[2] ?? ""}`) return;
  report(
    file,
    `"${key}" ${written[1] ?? ""} ${written[2] ?? ""} does not exist in ${timeZone} (the clocks skip it when summer time starts): it is published as ${shown}. Write the time readers should see, e.g. ${shown}.`,
    place,
    TIME_SKIPPED_RULE,
    "warning",
  );
}

/** Reports an `updated` value earlier than `date` (both already valid), at the `updated:` value. */
function checkUpdateOrder(
  file: VFile,
  dates: { readonly date: string; readonly updated?: string | undefined },
  timeZone: string,
  place: number | undefined,
): void {
  if (dates.updated === undefined) return;
  const published = readMoment(dates.date, timeZone);
  const updated = readMoment(dates.updated, timeZone);
  if (!isBefore(updated, published)) return;
  report(
    file,
    `"updated" (${dates.updated}) is earlier than "date" (${dates.date}, time zone ${timeZone}): an article is updated after it is published. Correct whichever of the two is wrong, or remove the \`updated:\` line if the article was not changed.`,
    place,
    UPDATED_BEFORE_DATE_RULE,
  );
}
