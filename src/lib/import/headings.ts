/**
 * Section headings in copied text: numbered (`一、出台背景`, `（一）`),
 * quoted (`“三个坚持”`), or a short line between paragraphs; never a UI word.
 */
import { findDate } from "./dates.ts";

const NUMBERED =
  /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节節部分]|[（(][一二三四五六七八九十]{1,3}[)）])\s*\S/u;
const SUB_NUMBERED = /^[（(][一二三四五六七八九十]{1,3}[)）]/u;
const SENTENCE_PUNCTUATION = /[。，、！？；：,!?;:…]/u;
const INNER_PUNCTUATION = /[。！？；!?;]/u;
const MAX_HEADING = 25;
const MAX_NUMBERED = 40;

export type HeadingKind = "numbered" | "sub-numbered" | "plain";

/** What kind of heading a line could be, or undefined when it reads as text. */
export function headingKind(text: string): HeadingKind | undefined {
  const trimmed = text.trim();
  // a date or a signature line closes a document; it heads nothing
  if (findDate(trimmed) || /^[\d\s:：.\-/年月日]+$/u.test(trimmed)) return undefined;
  // a document number (国办发〔2023〕30号) heads nothing either
  if (/[〔［[(（]\d{4}[〕］\])）]\s*\d+\s*号$/u.test(trimmed)) return undefined;
  if (NUMBERED.test(trimmed)) {
    const rest = trimmed.replace(NUMBERED, "x");
    if (
      trimmed.length <= MAX_NUMBERED &&
      !INNER_PUNCTUATION.test(rest) &&
      !/[，,]/u.test(rest) &&
      !/[。]$/u.test(trimmed)
    )
      return SUB_NUMBERED.test(trimmed) ? "sub-numbered" : "numbered";
    return undefined;
  }
  if (trimmed.length > MAX_HEADING || trimmed.length < 2) return undefined;
  if (SENTENCE_PUNCTUATION.test(trimmed.replace(/^[“「『《]|[”」』》]$/gu, ""))) return undefined;
  if (/[)）]$/u.test(trimmed)) return undefined;
  // a quoted heading must be quoted whole (`“数字政府”建设提速`, `“三个坚持”`)
  if (/[”’」』]$/u.test(trimmed) && !/^[“‘「『]/u.test(trimmed) && !/[“「『]/u.test(trimmed)) return undefined;
  return "plain";
}
