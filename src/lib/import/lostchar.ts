/**
 * A character lost in transcoding, left as `?` (or U+FFFD) with a stray pinyin
 * fragment and/or the ASCII-range trail byte of its double-byte code, e.g.
 * `向?qū)W員們`: `W` (0x57) is the trail of 學 (GBK 8C57). Candidates are the
 * characters with that trail byte, ranked by how probable the sentence reads;
 * with no clear winner a visible marker is left for the editor.
 */
import { codePage, type CodePageName } from "./codepage.ts";
import { logProb, HAN } from "./lm.ts";
import type { Edit } from "./tracked.ts";

export const LOST_CHAR_RULE = "lost-character";
export const LOST_CHAR_MARKER = "〓";

const LOST =
  /(?<=\p{Script=Han})(?:[?？]([a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)?)?([\x40-\x7e])?|\uFFFD([\x40-\x7e])?)(?=\p{Script=Han})/gu;
const CONTEXT = 6;
/** Minimum lead in log-probability (nats) of the best candidate over the next. */
const MIN_MARGIN = 4;

export type LostChar = {
  edit: Edit;
  confident: boolean;
  candidates: string[];
  margin: number;
  /** A bare `?` between Han characters: a lost character or a flattened question mark, never certain. */
  bare?: "question" | "lost";
};

export const BARE_QUESTION_RULE = "bare-question-mark";
/** Words that make the sentence before a bare `?` a question. */
const QUESTION =
  /(?:吗|嗎|呢|吧|么|麼|什|甚|怎|哪|谁|誰|为何|為何|如何|是否|几|幾|多少|难道|難道|岂|豈|可否|能否|何|是不是|有没有|有沒有|要不要|会不会|會不會|能不能)/u;

/** Whether the sentence that a bare `?` closes reads as a question. */
export function closesQuestion(text: string, at: number): boolean {
  const sentence =
    text
      .slice(0, at)
      .split(/[。！？!；;…]/u)
      .at(-1) ?? "";
  return QUESTION.test(sentence);
}

function candidates(trail: number, pages: readonly CodePageName[]): string[] {
  const found = new Set<string>();
  for (const page of pages.map(codePage)) {
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      const char = page.decodePair(lead, trail);
      if (char && HAN.test(char)) found.add(char);
    }
  }
  return [...found];
}

/**
 * `pages`: the code pages the text may have passed through; pass the one the
 * document's other garbles were repaired with when known.
 */
/** A bare `?` after a Han character and before 。，、；： cannot be a question mark. */
const LOST_BEFORE_PUNCTUATION = /(?<=\p{Script=Han})\?(?=[。，、；：,;:])/gu;

export function findLostCharacters(text: string, pages: readonly CodePageName[] = ["gbk", "big5"]): LostChar[] {
  const found: LostChar[] = [];
  for (const match of text.matchAll(LOST_BEFORE_PUNCTUATION)) {
    const start = match.index ?? 0;
    found.push({
      edit: { start, end: start + 1, replacement: LOST_CHAR_MARKER, rule: LOST_CHAR_RULE },
      confident: false,
      candidates: [],
      margin: 0,
      bare: "lost",
    });
  }
  for (const match of text.matchAll(LOST)) {
    const [whole, fragment, trailChar, fffdTrail] = match;
    const trail = trailChar ?? fffdTrail;
    const isFffd = whole.startsWith("\uFFFD");
    const start = match.index ?? 0;
    if (!isFffd && !fragment && !trail) {
      if (!whole.startsWith("?")) continue; // a full-width ？ was written on purpose
      // a bare `?`: a flattened question mark when it closes a question, else a lost character
      const question = closesQuestion(text, start);
      found.push({
        edit: {
          start,
          end: start + 1,
          replacement: question ? "？" : LOST_CHAR_MARKER,
          rule: question ? BARE_QUESTION_RULE : LOST_CHAR_RULE,
        },
        confident: false,
        candidates: [],
        margin: 0,
        bare: question ? "question" : "lost",
      });
      continue;
    }
    const end = start + whole.length;
    const left = text.slice(Math.max(0, start - CONTEXT), start);
    const right = text.slice(end, end + CONTEXT);
    const ranked = (trail ? candidates(trail.charCodeAt(0), pages) : [])
      .map((char) => ({ char, score: logProb(left + char + right) }))
      .sort((first, second) => second.score - first.score);
    const [first, second] = ranked;
    const confident = first !== undefined && (second === undefined || first.score - second.score >= MIN_MARGIN);
    found.push({
      edit: { start, end, replacement: confident && first ? first.char : LOST_CHAR_MARKER, rule: LOST_CHAR_RULE },
      confident,
      candidates: ranked.slice(0, 3).map((candidate) => candidate.char),
      margin: first && second ? first.score - second.score : Infinity,
    });
  }
  return found;
}
