/** Value schemas of the article's fields: text, dates, lists, slugs (./fields.ts lists the fields). */
import { z } from "astro/zod";
import { RESERVED_SLUGS } from "../paths.ts";
import { dateProblem, isTimeZone } from "./dates.ts";

/** Longest file or folder name most file systems allow, in bytes. */
export const MAX_FILE_NAME_BYTES = 255;
/** Longest slug in UTF-8 bytes: the article page is `<slug>.html`. */
export const MAX_SLUG_BYTES = MAX_FILE_NAME_BYTES - ".html".length;

/** Why a well-formed slug cannot name a page (reserved, or too long for a file name), if it cannot; no fix named. */
export function slugIssue(value: string): string | undefined {
  if (RESERVED_SLUGS.has(value.toLowerCase())) {
    return `is reserved for the site's own pages (${[...RESERVED_SLUGS].join(", ")}; letter case aside)`;
  }
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes > MAX_SLUG_BYTES) {
    return `is ${bytes} bytes long in UTF-8, over ${MAX_SLUG_BYTES} (the page's file name, <slug>.html, may have at most ${MAX_FILE_NAME_BYTES} bytes; a Chinese character takes 3)`;
  }
  return undefined;
}

export const text = z
  .string("must be text: write it on the same line as the key, in quotes if it starts with a special character.")
  .trim()
  .min(1, "is empty: write a value or remove the line.");
/** The YYYY-MM-DD form of a date written another way (2021年12月6日, 2021/12/6, 20211206), if it looks like one. */
function dateSuggestion(input: unknown): string {
  const parts =
    /^(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\D{0,2}$/.exec(String(input).trim()) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(String(input).trim());
  if (parts === null) return "e.g. 2021-12-06";
  const [, year = "", month = "", day = ""] = parts;
  return `here ${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** YYYY-MM-DD that names a real calendar day. */
export const isoDate = z
  .string("must be written YYYY-MM-DD: write the date of publication, e.g. 2021-12-06.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `must be written YYYY-MM-DD: write it as digits with hyphens, ${dateSuggestion(issue.input)}.`,
    abort: true,
  })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "is not a real calendar day: check the month and day.");
/**
 * A date as editors write it: a day (YYYY-MM-DD), a day and time in the article's time zone
 * (2024-05-12 08:31, seconds optional) or ISO 8601 with an offset (2024-05-12T08:31:00+08:00).
 */
export const dateInput = z
  .string("must be written YYYY-MM-DD: write the date of publication, e.g. 2021-12-06.")
  .superRefine((value, context) => {
    const problem = dateProblem(value);
    if (problem === undefined) return;
    context.addIssue({
      code: "custom",
      message:
        problem === "form"
          ? `must be written YYYY-MM-DD: write it as digits with hyphens, ${dateSuggestion(value)} (a time may follow: 2021-12-06 08:30).`
          : problem === "day"
            ? "is not a real calendar day: check the month and day."
            : "has a time that does not exist: hours are 00–23, minutes and seconds 00–59, offsets at most ±14:00.",
    });
  });
/** A stored date: a day, or ISO 8601 with seconds and offset. */
export const storedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
export const timeZone = z
  .string("must be a time zone name: write one such as Asia/Shanghai or Asia/Taipei.")
  .refine(
    isTimeZone,
    "is not a time zone name (IANA): write one such as Asia/Shanghai, Asia/Taipei or Asia/Hong_Kong.",
  );
export const list = (what: string) =>
  z.array(text, `must be a list: one \`  - ${what}\` line per item, indented under the key.`);
export const yesNo = z.boolean("must be true or false: write `true` or `false`.");

export const slug = z
  .string()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u,
    "may hold only letters, digits, - and _: remove spaces, slashes and other signs, e.g. qingdao-training.",
  );
