/**
 * opencc's Taiwan phrase dictionaries (`twp`) as newsprint applies them to news prose: without the
 * entries data/conversion/tw-phrases-news.json drops (general words that opencc reads in their
 * computing sense: 程序 → 程式, 文件 → 檔案), with the longer phrases it adds. Both directions and
 * the search fold take their dictionaries from here. No side effects: the browser bundle keeps
 * only what it calls.
 */
import TW_PHRASES from "opencc-js/dict/TWPhrases";
import TW_PHRASES_REV from "opencc-js/dict/TWPhrasesRev";
import TW_VARIANTS_REV from "opencc-js/dict/TWVariantsRev";
import review from "../../../data/conversion/tw-phrases-news.json" with { type: "json" };
import { twVariantsRevPhrases } from "./regional.ts";

/** One direction of the review: opencc entries left out, and phrases added (or corrected). */
export type PhraseReview = {
  readonly dropped: Readonly<Record<string, { readonly was: string; readonly why: string }>>;
  readonly phrases: Readonly<Record<string, { readonly to: string; readonly why: string }>>;
};

/** The review for Simplified (opencc standard Traditional) → Taiwan, and for Taiwan → Simplified. */
export const TW_PHRASE_REVIEW: { readonly toTaiwan: PhraseReview; readonly fromTaiwan: PhraseReview } = review;

/** `dictionary` ("a b|c d") without the dropped entries, the added phrases first. */
function reviewed(dictionary: string, decisions: PhraseReview): string {
  const entries = Object.entries(decisions.phrases).map(([source, { to }]) => `${source} ${to}`);
  for (const entry of dictionary.split("|")) {
    const source = entry.slice(0, entry.indexOf(" "));
    if (decisions.dropped[source] === undefined && decisions.phrases[source] === undefined) entries.push(entry);
  }
  return entries.join("|");
}

/** TWPhrases for news: opencc standard Traditional → Taiwan vocabulary. */
export const twPhrasesForNews = (): string => reviewed(TW_PHRASES, review.toTaiwan);

/** TWPhrasesRev for news: Taiwan vocabulary → opencc standard Traditional (then Simplified). */
export const twPhrasesRevForNews = (): string => reviewed(TW_PHRASES_REV, review.fromTaiwan);

/** opencc's `twp` → opencc standard Traditional dictionary group, reviewed for news: the build's and the search fold's. */
export const twpToTraditional = (): string[] => [twPhrasesRevForNews(), twVariantsRevPhrases(), TW_VARIANTS_REV];
