/**
 * The news model's order of events: an article is updated after it is published. An `updated`
 * earlier than `date` is an error, not a warning: the page would state an impossible fact (更新
 * before 發佈), and it is nearly always a typo in one of the two (a year, a month) that only the
 * editor can correct.
 */
import type { VFile } from "vfile";
import { readMoment, type Moment } from "./dates.ts";
import { report } from "./messages.ts";

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

/** Reports an `updated` value earlier than `date` (both already valid), at the `updated:` value. */
export function checkUpdateOrder(
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
