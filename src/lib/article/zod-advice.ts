/**
 * Validation issues as editors read them: where (`"tags" item 2`, `"conversion.rules" item 1,
 * "zh-hans"`) and what to do. The schema's own messages already say what to do; Zod's defaults
 * ("Too small: expected string to have >=1 characters") are replaced by plain advice.
 */
import type { z } from "astro/zod";

type Issue = z.core.$ZodIssue;

/** A path as the editor wrote it: keys in quotes, list items counted from 1. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let keys: string[] = [];
  for (const part of path) {
    if (typeof part === "number") {
      if (keys.length > 0) parts.push(`"${keys.join(".")}"`);
      keys = [];
      parts.push(`item ${part + 1}`);
    } else keys.push(String(part));
  }
  if (keys.length > 0) parts.push(`"${keys.join(".")}"`);
  return parts.join(", ") || "The front matter";
}

/** Whether the message is the schema's own: custom checks, and messages in lower case (`must be…`); Zod's start in capitals. */
const isOwn = (issue: Issue): boolean => issue.code === "custom" || /^[a-z"`]/.test(issue.message);

/** The issue's advice: the schema's message, else plain words for Zod's default. */
export function issueAdvice(issue: Issue): string {
  // Unknown keys are named whatever the object's own message says.
  if (issue.code === "unrecognized_keys") {
    return `has unknown key(s) ${issue.keys.map((key) => `"${key}"`).join(", ")}: remove them, or check their spelling.`;
  }
  if (isOwn(issue)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string"
        ? "is empty: write a value, or remove the line."
        : `has too few items (at least ${String(issue.minimum)}): add the missing ones.`;
    case "too_big":
      return `is too long (at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : " items"}): shorten it.`;
    case "invalid_type":
      return issue.expected === "string"
        ? "must be text: write it on the same line as the key."
        : issue.expected === "array"
          ? "must be a list: one `- item` line per item, indented under the key."
          : issue.expected === "object"
            ? "must hold `key: value` lines, indented under the key."
            : `must be ${issue.expected}: correct the value.`;
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => String(value)).join(", ")}: write one of them.`;
    case "invalid_format":
      return "is not written in the expected form: check it against the README's table of front matter keys.";
    default:
      return "is not a valid value: check it against the README's table of front matter keys.";
  }
}

/** Where and what to do, in one sentence: `"tags", item 2 is empty: …`. */
export function issueText(issue: Issue): string {
  const advice = issueAdvice(issue);
  return `${describePath(issue.path)}${/^[A-Z]/.test(advice) ? ": " : " "}${advice}`;
}
