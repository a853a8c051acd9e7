import type { Script } from "../script/types.ts";
import { LANG_TAG } from "../script/types.ts";

const formats = new Map<Script, Intl.DateTimeFormat>();

/** 2021-12-06 → 2021年12月6日 (the date is a calendar day, formatted in UTC so it never shifts). */
export function formatDate(isoDate: string, script: Script): string {
  let format = formats.get(script);
  if (!format) {
    format = new Intl.DateTimeFormat(LANG_TAG[script], { dateStyle: "long", timeZone: "UTC" });
    formats.set(script, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
