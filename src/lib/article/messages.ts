/**
 * Reporting as unified does: every problem is a vfile message with a place, a rule id and
 * `source: "newsprint"`; errors are messages marked fatal. One place turns offsets into
 * line:column (vfile-location), so every check positions its messages the same way.
 */
import type { Point, Position } from "unist";
import type { VFile } from "vfile";
import { location } from "vfile-location";
import type { Diagnostic, Severity } from "./diagnostics.ts";
import type { RuleId } from "./rules/registry.ts";

/** Where a problem is: a unist point or position, a node, or an offset in the file's text. */
export type Place = number | Point | Position | { readonly position?: Position | undefined } | undefined;

/** At most this many messages per rule and file: one mistake repeated 10,000 times needs one fix. */
export const MAX_MESSAGES_PER_RULE = 20;

const locators = new WeakMap<VFile, ReturnType<typeof location>>();
const counts = new WeakMap<VFile, Map<string, number>>();

/** The line:column of an offset in the file's text (1:1 when the offset is not in it). */
export function pointAt(file: VFile, offset: number): Point {
  let locator = locators.get(file);
  if (locator === undefined) {
    locator = location(file);
    locators.set(file, locator);
  }
  return locator.toPoint(offset) ?? locator.toPoint(String(file.value).length) ?? { line: 1, column: 1, offset: 0 };
}

function toPlace(file: VFile, place: Place): Point | Position | undefined {
  if (place === undefined) return undefined;
  if (typeof place === "number") return pointAt(file, place);
  if ("line" in place) return place;
  if ("start" in place) return place;
  return place.position;
}

/** Reports a problem at `place` under `ruleId`; errors fail the article, warnings do not. */
export function report(file: VFile, reason: string, place: Place, ruleId: RuleId, severity: Severity = "error"): void {
  const perRule = counts.get(file) ?? new Map<string, number>();
  counts.set(file, perRule);
  const count = (perRule.get(ruleId) ?? 0) + 1;
  perRule.set(ruleId, count);
  if (count > MAX_MESSAGES_PER_RULE) return;
  const at = toPlace(file, place);
  const message = file.message(reason, { ...(at === undefined ? {} : { place: at }), ruleId, source: "newsprint" });
  message.fatal = severity === "error";
}

/** Whether the file has an error so far. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/** The file's messages as diagnostics, with a closing note per rule that hit the per-rule cap. */
export function toDiagnostics(file: VFile, name: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = file.messages.map((message) => ({
    file: name,
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal === true ? "error" : "warning",
    message: message.reason,
    ...(message.ruleId ? { ruleId: message.ruleId as RuleId } : {}),
  }));
  for (const [ruleId, count] of counts.get(file) ?? []) {
    if (count <= MAX_MESSAGES_PER_RULE) continue;
    const last = diagnostics.findLast((diagnostic) => diagnostic.ruleId === ruleId);
    if (last === undefined) continue;
    diagnostics.push({
      ...last,
      message: `${count - MAX_MESSAGES_PER_RULE} more problem(s) of this kind follow, not listed: fix the ones above, then build again.`,
    });
  }
  return diagnostics;
}
