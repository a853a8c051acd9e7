/**
 * The review list: characters with several possible conversions that were decided by a
 * single-character default (no phrase, rule or word rule), with their context, for editors.
 */
import { chainFor } from "./dictionaries.ts";
import { convertCharacters, sameStandard } from "./converter.ts";
import type { Decision } from "./engine.ts";
import type { EditionStyle, TextLanguage } from "./types.ts";

/**
 * Simplified characters with more than one Traditional form (OpenCC's STCharacters lists them
 * with several targets; opencc-js keeps only the first), and Traditional ones with more than one
 * Simplified form (TSCharacters). Source: BYVoid/OpenCC data/dictionary/STCharacters.txt,
 * TSCharacters.txt and data/scheme/st_multi.txt; the subset where the default is often wrong in
 * news (了/瞭, 着/著, 向/嚮… are left out: their default is almost always right).
 */
export const AMBIGUOUS_HANS: Readonly<Record<string, readonly string[]>> = {
  发: ["發", "髮"],
  干: ["幹", "乾", "干"],
  里: ["裏", "里"],
  只: ["只", "隻"],
  后: ["後", "后"],
  历: ["歷", "曆"],
  于: ["於", "于"],
  周: ["周", "週"],
  范: ["範", "范"],
  面: ["面", "麪"],
  台: ["臺", "檯", "颱", "台"],
  系: ["系", "係", "繫"],
  松: ["松", "鬆"],
  冲: ["衝", "沖"],
  采: ["採", "采"],
  制: ["制", "製"],
  复: ["復", "複", "覆"],
  征: ["徵", "征"],
  准: ["準", "准"],
  钟: ["鐘", "鍾"],
  划: ["劃", "划"],
  斗: ["鬥", "斗"],
  尽: ["盡", "儘"],
  签: ["簽", "籤"],
  板: ["板", "闆"],
  表: ["表", "錶"],
  汇: ["匯", "彙"],
  团: ["團", "糰"],
  须: ["須", "鬚"],
  胡: ["胡", "鬍"],
  卷: ["卷", "捲"],
};

export const AMBIGUOUS_HANT: Readonly<Record<string, readonly string[]>> = {
  乾: ["干", "乾"],
  著: ["着", "著"],
  藉: ["借", "藉"],
  瞭: ["了", "瞭"],
  夥: ["伙", "夥"],
  覆: ["复", "覆"],
  昇: ["升", "昇"],
  甦: ["苏", "甦"],
  鍾: ["钟", "锺"],
  於: ["于", "於"],
};

export type ReviewItem = {
  /** UTF-16 offset in the text. */
  readonly offset: number;
  readonly source: string;
  readonly target: string;
  readonly candidates: readonly string[];
  /** About ten characters either side, with the character marked 【】. */
  readonly context: string;
};

/** Risky spots of a conversion: ambiguous characters decided by the single-character default. */
export function reviewConversion(text: string, from: TextLanguage, to: EditionStyle): ReviewItem[] {
  if (sameStandard(from, to) || chainFor(from.standard, to.standard) === undefined) return [];
  const table = from.script === "hans" ? AMBIGUOUS_HANS : AMBIGUOUS_HANT;
  const decisions: Decision[] = [];
  convertCharacters(text, from, to, undefined, decisions);
  return decisions
    .filter((decision) => decision.kind === "char" && table[decision.source] !== undefined)
    .map((decision) => ({
      offset: decision.start,
      source: decision.source,
      target: decision.target,
      candidates: table[decision.source] ?? [],
      context:
        `${text.slice(Math.max(0, decision.start - 10), decision.start)}【${decision.source}】${text.slice(decision.end, decision.end + 10)}`.replace(
          /\s+/g,
          " ",
        ),
    }));
}
