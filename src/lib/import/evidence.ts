/**
 * The publication date weighed across every source a page gives: its structured data, meta tags,
 * <time>, the date printed in the text and its address. The best evidence wins; a time of day the
 * winner lacks is taken from a source that agrees on the day; sources that disagree are named.
 */
import type { DateCandidate } from "./dates.ts";

export type DateChoice = {
  chosen: DateCandidate;
  /** The value written: the chosen one, or an agreeing source's value with its time of day. */
  value: string;
  /** The source the time of day came from, when another than the chosen one. */
  timeFrom?: string;
  agreeing: DateCandidate[];
  disagreeing: DateCandidate[];
};

/** The days a value may mean: its own, and for a moment with an offset, that moment's day in UTC+8 and UTC. */
function daysOf(candidate: DateCandidate): Set<string> {
  const days = new Set([candidate.day]);
  const moment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/u.test(candidate.value)
    ? Date.parse(candidate.value)
    : Number.NaN;
  if (!Number.isNaN(moment)) {
    days.add(new Date(moment).toISOString().slice(0, 10));
    days.add(new Date(moment + 8 * 3600_000).toISOString().slice(0, 10));
  }
  return days;
}

function agree(first: DateCandidate, second: DateCandidate): boolean {
  const days = daysOf(first);
  return [...daysOf(second)].some((day) => days.has(day));
}

const hasTime = (candidate: DateCandidate): boolean => candidate.value.length > 10;

/** The best date of the candidates (lowest rank first, then the order given), or none. */
export function chooseDate(candidates: readonly DateCandidate[]): DateChoice | undefined {
  const chosen = [...candidates].sort((first, second) => first.rank - second.rank)[0];
  if (!chosen) return undefined;
  const others = candidates.filter((candidate) => candidate !== chosen);
  const agreeing = others.filter((candidate) => agree(chosen, candidate));
  const disagreeing = others.filter((candidate) => !agree(chosen, candidate));
  const timed = hasTime(chosen)
    ? undefined
    : agreeing.find((candidate) => candidate.day === chosen.day && hasTime(candidate));
  return {
    chosen,
    value: timed?.value ?? chosen.value,
    ...(timed ? { timeFrom: timed.from } : {}),
    agreeing,
    disagreeing,
  };
}

/** `line 4 says 2024-05-13`, for the report. */
export function describeDates(candidates: readonly DateCandidate[]): string {
  return candidates.map((candidate) => `${candidate.from} says ${candidate.value}`).join(", ");
}
