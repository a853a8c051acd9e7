/**
 * Regional forms beyond opencc's variant tables (data/conversion/regional-variants.json), in
 * opencc's dictionary format ("a b|c d") for the tries of dictionaries.ts: characters Taiwan and
 * Hong Kong write otherwise in every word (孃 → 娘), and Taiwan words whose 著 is zhù.
 */
import TW_VARIANTS_REV_PHRASES from "opencc-js/dict/TWVariantsRevPhrases";
import regional from "../../../data/conversion/regional-variants.json" with { type: "json" };

const entries = (table: Readonly<Record<string, string>>): string[] =>
  Object.entries(table).map(([source, target]) => `${source} ${target}`);

/** Added to opencc's TWVariants: standard Traditional → Taiwan forms. */
export const TO_TAIWAN: string = entries(regional.toTaiwan).join("|");

/** Added to opencc's TSCharacters: Traditional characters Simplified does not write (揹 → 背). */
export const TO_SIMPLIFIED: string = entries(regional.toSimplified).join("|");

/** Added to opencc's TSPhrases: words Simplified writes otherwise than TSCharacters (帳戶 → 账户). */
export const TO_SIMPLIFIED_PHRASES: string = entries(regional.toSimplifiedPhrases).join("|");

/**
 * Words of Traditional text whose Simplified form newsprint chose on evidence (想像 → 想象, 鍾馗 →
 * 钟馗): not a rarer form for the review list to question.
 */
export const CHOSEN_SIMPLIFIED_WORDS: ReadonlySet<string> = new Set(Object.keys(regional.toSimplifiedPhrases));

/** Added to opencc's HKVariants: standard Traditional → Hong Kong forms. */
export const TO_HONG_KONG: string = entries(regional.toHongKong).join("|");

/**
 * TWVariantsRevPhrases with the words whose 著 is zhù that it lacks: Taiwan's 原著, 專著 stay 著 in
 * opencc's standard, not its particle 着.
 */
export const twVariantsRevPhrases = (): string => [...entries(regional.fromTaiwan), TW_VARIANTS_REV_PHRASES].join("|");
