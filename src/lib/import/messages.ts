/**
 * The importer's one message model: vfile messages, as the build reports. Each item the editor
 * must check is a warning (`fatal: false`) under a registered importer rule; each repair made is
 * an info message (`fatal: undefined`) under the repair's name. Both carry the place in the raw
 * input (none for the whole input), `source: "newsprint"`, the raw text as `actual` and what was
 * written as `expected`; `data` holds what the editor's report adds (the article line, context).
 */
import type { VFile } from "vfile";
import type { RuleId } from "../article/rules/registry.ts";

/** vfile's message class (vfile-message is no direct dependency). */
export type VFileMessage = VFile["messages"][number];

export const MESSAGE_SOURCE = "newsprint";

export type ImportMessageData = {
  readonly kind: "attention" | "repair";
  /** The item's line in the written article. */
  articleLine?: number;
  /** The text around the place as written. */
  context?: string;
};
export type ImportMessage = VFileMessage & { data: ImportMessageData };

/** A place in the raw input; line 0 means the whole input (no place). */
export type RawPlace = { readonly line: number; readonly column: number };

/** What the editor must check: the reason, the rule, the raw text and what was written there. */
export type AttentionItem = RawPlace & {
  readonly reason: string;
  readonly ruleId: RuleId;
  /** The raw text at that place ("" when the item is about no text). */
  readonly text: string;
  readonly written?: string;
  readonly articleLine?: number;
};

function placeOf(place: RawPlace): { place?: { line: number; column: number } } {
  return place.line > 0 ? { place: { line: place.line, column: Math.max(1, place.column) } } : {};
}

/** Asks the editor to check an item: a warning on the file. */
export function attend(file: VFile, item: AttentionItem): ImportMessage {
  const message = file.message(item.reason, { ...placeOf(item), ruleId: item.ruleId, source: MESSAGE_SOURCE });
  message.fatal = false;
  if (item.text !== "") message.actual = item.text;
  if (item.written !== undefined) message.expected = [item.written];
  const data: ImportMessageData = { kind: "attention" };
  if (item.articleLine !== undefined) data.articleLine = item.articleLine;
  return Object.assign(message, { data });
}

/** Records a repair made: an info message under the repair's name. */
export function recordRepair(
  file: VFile,
  repair: RawPlace & { readonly before: string; readonly after: string; readonly rule: string },
): void {
  const message = file.info(`${repair.before} → ${repair.after}`, {
    ...placeOf(repair),
    ruleId: repair.rule,
    source: MESSAGE_SOURCE,
  });
  message.actual = repair.before;
  message.expected = [repair.after];
  Object.assign(message, { data: { kind: "repair" } satisfies ImportMessageData });
}

function isImportMessage(message: VFileMessage): message is ImportMessage {
  return "data" in message && typeof message.data === "object" && message.data !== null;
}

function messagesOfKind(file: VFile, kind: ImportMessageData["kind"]): ImportMessage[] {
  return file.messages.filter(isImportMessage).filter((message) => message.data.kind === kind);
}

/** The items the editor must check, in file order. */
export function attentionOf(file: VFile): ImportMessage[] {
  return messagesOfKind(file, "attention");
}

/** The repairs made, in file order. */
export function repairsOf(file: VFile): ImportMessage[] {
  return messagesOfKind(file, "repair");
}

/** Line and column in the raw input; 0:0 for the whole input. */
export function rawPlace(message: VFileMessage): RawPlace {
  return { line: message.line ?? 0, column: message.column ?? 0 };
}

/** What was written at the message's place, if anything. */
export function writtenOf(message: VFileMessage): string | undefined {
  return message.expected?.[0];
}

/** Puts the file's messages in raw input order (line, then column; the whole input first). */
export function sortByPlace(file: VFile): void {
  file.messages.sort((first, second) => {
    const one = rawPlace(first);
    const other = rawPlace(second);
    return one.line - other.line || one.column - other.column;
  });
}
