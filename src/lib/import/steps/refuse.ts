/** Refusals: nothing written, and one message naming the file, the place, the rule and what to do. */
import type { RuleId } from "../../article/rules/registry.ts";

/** A refusal: nothing written. `reason` is the whole message, `file:line:column: … [rule-id]`. */
export type ImportFailure = { ok: false; reason: string; ruleId: RuleId; line: number; column: number };

/** Refuses the input: the message names the file, the place (1:1 when the whole file is meant) and the rule. */
export function fail(
  sourceName: string,
  reason: string,
  ruleId: RuleId,
  place: { line: number; column: number } = { line: 1, column: 1 },
): ImportFailure {
  const [first = "", ...rest] = reason.split("\n");
  const message = [`${sourceName}:${place.line}:${place.column}: ${first} [${ruleId}]`, ...rest].join("\n");
  return { ok: false, reason: message, ruleId, line: place.line, column: place.column };
}

/** A path as a shell word (quoted when it holds anything but plain characters). */
function shellWord(text: string): string {
  return /^[\w./@%+:,=-]+$/u.test(text) ? text : `'${text.replace(/'/gu, "'\\''")}'`;
}

export type Missing = { readonly what: string; readonly flag: string };

/** One refusal naming everything missing, with the command that supplies it all. */
export function refuseMissing(sourceName: string, missing: readonly Missing[]): ImportFailure {
  const names = missing.map((item) => `no ${item.what}`);
  const what = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}` : (names[0] ?? "");
  const flags = missing.map((item) => item.flag).join(" ");
  return fail(
    sourceName,
    `${what} found: nothing written. Supply ${missing.length > 1 ? "them" : "it"} on the command line: npm run import -- ${shellWord(sourceName)} ${flags}`,
    "import-missing-metadata",
  );
}
