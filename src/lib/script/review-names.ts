/**
 * Where a person's name may stand in Simplified text, for the review list (review.ts): evidence
 * that a surname character the engine read otherwise may be a name. The context rules and person
 * names (rules.ts) decide the sure cases; these say where an editor should look.
 */
import { LOCATIVES, type Words } from "./segment.ts";
import {
  afterTitle,
  commonGivenName,
  BEFORE_SPEAKER,
  COMMON_SURNAMES,
  familiarPlace,
  GIVEN_NAME_FORMS,
  FORMS_OF_ADDRESS,
  KNOWN_NAMES_ONLY,
  NOT_IN_GIVEN_NAME,
  NOT_NAME_END,
  OPENING,
  PEOPLE_AFTER_LIST,
  PERSON_COUNT,
  PERSON_NOUNS,
  PERSON_TAKING,
  SPEECH_VERB,
  SURNAMES,
  TITLES,
  UNNAMED_PERSON,
} from "./rules.ts";

/** Whether jieba's HMM reads a two- or three-character person's name starting at `at`. */
export function hmmName(words: Words, at: number): boolean {
  words.ensure(at, at);
  if (words.bounds[at] !== 1) return false;
  const guess = words.taggedWord(at, true);
  return (
    guess !== undefined &&
    guess.start === at &&
    guess.end - guess.start >= 2 &&
    guess.end - guess.start <= 3 &&
    /^(?:nr.*|x)$/u.test(guess.tag)
  );
}

/** The cue of a place where a person's name may stand (Evidence.nameSlot). */
export type NameCue =
  | "after-title"
  | "before-title"
  | "list"
  | "speaker"
  | "with-name"
  | "unnamed-person"
  | "opening"
  | "familiar"
  | "given-name";

/**
 * 老, 小 or 阿 and a surname where people call each other so (粉丝小党给偶像, “老姜，你…”, 保安老范):
 * after a clause's start, a title or noun for people, or a verb or preposition of address, and
 * the surname ends its word (not 小党派). Never 小于 (less than).
 */
function familiarSlot(text: string, words: Words, at: number): boolean {
  if (familiarPlace(text, at) === undefined || text.slice(at - 1, at + 1) === "小于") return false;
  words.ensure(at, Math.min(text.length - 1, at + 1));
  return at + 1 >= text.length || words.bounds[at + 1] === 1;
}

/**
 * jieba tags of a word that is no part of a given name: a time, numeral, function word… (jieba
 * tags one given-name character as an adverb, 刚 d, and a two-character one as a place, 振国 ns:
 * those only count after 于, the preposition taking a place: 于|北京).
 */

const NOT_GIVEN_WORDS = /^(?:t|s|f|m|mq|q|r|p|c|u.*|y|e|o)$/u;
/** Titles after a name that TITLES (rules.ts) leaves out, as they follow names but rarely precede them. */
const TITLES_AFTER =
  /(?:博士|硕士|博士后|副教授|讲师|教员|教师|编审|主编|总编辑|处长|科长|厅长|秘书长|会长|理事长|社长|所长|院长|馆长|村长|镇长|区长|议员|大师|师傅|同志|夫人)$/u;
/** What ends an item of a list of names. */
const LIST_END = new RegExp(`^(?:[、和与及]|等|${PERSON_COUNT})`, "u");
/** A list's next item of two or three characters after an item: 、余文静、, 、叶小舟和, 、余文静三人. */
const LIST_AFTER = new RegExp(String.raw`^、\p{Script=Han}{2,3}(?:[、和与及，。；]|等|${PEOPLE_AFTER_LIST})`, "u");

/** Whether an item of two or three characters, a word from its start, ends at the 、 at `comma` (姜玉兰、). */
function listedAfter(words: Words, text: string, comma: number): boolean {
  for (const length of [2, 3]) {
    const start = comma - length;
    if (start < 0 || !/^\p{Script=Han}+$/u.test(text.slice(start, comma))) continue;
    words.ensure(start, start);
    if (
      words.bounds[start] === 1 &&
      (start === 0 || !/\p{Script=Han}/u.test(text[start - 1] ?? "") || afterTitle(words, start))
    )
      return true;
  }
  return false;
}

/**
 * Where a person's name may stand at a surname character: it opens a word, and two or three
 * characters from it may be a name (no function word closes them, no word runs past them) that
 * follows a title (记者周一帆), comes before a title or a form of address (谷雨晴博士, 钟师傅),
 * is an item of a list of 、 (钟声远、余文静), follows another name and 与 or 和 (于和伟与周一围), or
 * opens a clause before a verb of speech (周一围表示). The context rules and person names decide
 * the sure cases; this is the evidence that a name may stand where they did not.
 */
export function nameSlot(text: string, words: Words, at: number): { cue: NameCue; end: number } | undefined {
  if (familiarSlot(text, words, at)) return { cue: "familiar", end: at + 1 };
  words.ensure(Math.max(0, at - 1), Math.min(text.length - 1, at + 4));
  if (words.bounds[at] !== 1) return undefined;
  const han = /^\p{Script=Han}+$/u;
  // A form of address right after the surname (钟师傅, 于先生).
  const next = text.slice(...words.span(Math.min(text.length - 1, at + 1)));
  if (at + 1 < text.length && words.bounds[at + 1] === 1 && FORMS_OF_ADDRESS.test(next))
    return { cue: "before-title", end: at + 1 };
  // How news names a person it does not identify (于某, 余某某).
  const unnamed = UNNAMED_PERSON.exec(text.slice(at + 1, at + 4));
  if (unnamed !== null) return { cue: "unnamed-person", end: at + 1 + unnamed[0].length };
  const before = text.slice(Math.max(0, at - 1), at);
  const titled = afterTitle(words, at) || PERSON_NOUNS.test(text.slice(Math.max(0, at - 4), at));
  const listed = before === "、";
  const withName = /[与和跟同及]/u.test(before) && (hmmNameEndingAt(words, at - 1) || afterTitle(words, at - 1));
  const opening = BEFORE_SPEAKER.test(before);
  for (const length of [3, 2]) {
    const end = at + length;
    if (end > text.length || !han.test(text.slice(at, end))) continue;
    if (!nameShape(text, words, at, length, true)) continue;
    // After 于 a place is the preposition's (于北京教授书法), unless a verb of speech or a name follows.
    const strict = nameShape(text, words, at, length, false);
    const after = text.slice(end);
    const [wordStart, wordEnd] = end < text.length ? words.span(end) : [end, end];
    const nextWord = text.slice(wordStart, wordEnd);
    // A place before a locative is the preposition's object, no name (于仓库中, 于会场外).
    if (LOCATIVES.test(nextWord)) continue;
    if (
      strict &&
      wordStart === end &&
      (TITLES.test(nextWord) || TITLES_AFTER.test(nextWord) || FORMS_OF_ADDRESS.test(nextWord))
    ) {
      // Not a place's office (沈阳市长) nor a rank or unit ending the word (游泳队长).
      const word = words.taggedWord(at, false);
      const place = word !== undefined && word.start === at && word.end === end && /^(?:ns|s)$/u.test(word.tag);
      if (!place && !NOT_NAME_END.test(text[end - 1] ?? "")) return { cue: "before-title", end };
    }
    if (
      (opening || titled) &&
      /^[与和及跟同]/u.test(after) &&
      (hmmName(words, end + 1) || SURNAMES[text[end + 1] ?? ""] !== undefined)
    )
      return { cue: "with-name", end };
    if ((opening || before === "据" || titled) && SPEECH_VERB.test(after)) return { cue: "speaker", end };
    if (!strict) continue;
    if (titled) return { cue: "after-title", end };
    if (
      listed
        ? listedAfter(words, text, at - 1) || LIST_END.test(after) || /^[，。；]/u.test(after)
        : LIST_AFTER.test(after)
    )
      return { cue: "list", end };
    if (withName) return { cue: "with-name", end };
    // A clause opening with three characters jieba's HMM reads as a name, then a verb or a
    // preposition (余承东在发布会上介绍).
    if (opening && length === 3 && hmmName(words, at) && words.taggedWord(at, true)?.end === end) {
      const verb = words.taggedWord(end, false);
      if (verb !== undefined && verb.start === end && /^(?:v|vn|p|d)$/u.test(verb.tag)) return { cue: "opening", end };
    }
  }
  if (commonNameFrom(text, words, at)) return { cue: "given-name", end: at + 3 };
  // Two characters many given names have, after a noun for people, 的 or a clause's start
  // (父亲后立伟, 替补席上的党一鸣, 。后晓光是), whatever words jieba makes of them.
  const related = titled || PERSON_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  const context = related
    ? "after-title"
    : before === "的"
      ? "given-name"
      : OPENING_OR_COMMA.test(before)
        ? "opening"
        : undefined;
  if (context !== undefined && givenNameCharacters(text, words, at)) return { cue: context, end: at + 3 };
  return undefined;
}

/**
 * Kin, companions and verbs taking a person before a name (父亲后立伟, 新援后明远, 采访余德胜): the
 * context rules do not take them as titles (帮母亲干农活), but a common given name after one is
 * worth a look.
 */
const PERSON_BEFORE = new RegExp(
  `(?:${PERSON_TAKING.source.replace(/\$$/u, "")}|父亲|母亲|爸爸|妈妈|妻子|丈夫|老伴|爱人|儿子|女儿|孙子|孙女|外孙|女婿|儿媳|爷爷|奶奶|外公|外婆|哥哥|姐姐|弟弟|妹妹|侄子|侄女|外甥|队友|同事|同学|邻居|朋友|搭档|师父|徒弟|新援|干将|主力|替补|新秀|老将)$`,
  "u",
);
/** A clause's start: the text's, or after punctuation. */
const OPENING_OR_COMMA = /^(?:|[\p{P}\s])$/u;
/** People in jieba's dictionary whose given name opens, and ends, with the character (明 240, 222; 来 21, 53). */
const GIVEN_CHARACTER_PEOPLE = 15;
/** jieba's count from which a word opening at the surname is taken for the word (游客 4,650, 游子 326). */
const COMMON_WORD_AT_SURNAME = 300;

/**
 * Whether the two characters after the surname at `at` are a given name's by their characters
 * alone: each common in given names (GIVEN_CHARACTER_PEOPLE), no function character, locative or
 * place ending, and no common word opening at the surname (后来, 游客), nor a time or place (周五),
 * nor a word of three or more from it (郁金香: a name there jieba knows is nameShaped's).
 */
function givenNameCharacters(text: string, words: Words, at: number): boolean {
  const [first = "", second = ""] = [text[at + 1], text[at + 2]];
  if (
    !/^\p{Script=Han}{2}$/u.test(first + second) ||
    NOT_IN_GIVEN_NAME.test(first + second) ||
    LOCATIVES.test(first) ||
    PLACE_END.test(second)
  )
    return false;
  if (
    words.givenNameCharacter(first, 0, COMMON_SURNAMES) < GIVEN_CHARACTER_PEOPLE ||
    words.givenNameCharacter(second, 1, COMMON_SURNAMES) < GIVEN_CHARACTER_PEOPLE
  )
    return false;
  words.ensure(at, Math.min(text.length - 1, at + 3));
  const word = words.taggedWord(at, false);
  return (
    word === undefined ||
    word.start !== at ||
    word.end === at + 1 ||
    (word.end < at + 3 && words.frequency(word.word) < COMMON_WORD_AT_SURNAME && !PLACE_OR_TIME_WORD.test(word.tag))
  );
}
/** Places' last characters (谷阳镇, 于山村). */
const PLACE_END = /^[镇郡县市村乡区州省路街巷庄屯寨]$/u;
/** jieba tags of a time, place or number opening at the surname (周五, 谷雨, 沈阳站). */
const PLACE_OR_TIME_WORD = /^(?:t|s|ns|f|m)$/u;

/**
 * Whether the surname at `at` comes before a given name many people bear (建军, 秀英: commonGivenName)
 * that ends a word before a verb, a preposition or punctuation (党|建军|表示, 后|德贵|的): wherever the
 * sentence puts it, such a name is worth a look.
 */
function commonNameFrom(text: string, words: Words, at: number): boolean {
  const end = at + 3;
  if (end > text.length || !/^\p{Script=Han}{3}$/u.test(text.slice(at, end))) return false;
  if (!commonGivenName(words, text.slice(at + 1, end))) return false;
  words.ensure(Math.max(0, at - 1), Math.min(text.length - 1, end));
  // After a verb or 之 the character is the preposition's (坐于莲花, 之于大明): a noun, 的 or the clause's start before a name.
  if (at > 0 && /\p{Script=Han}/u.test(text[at - 1] ?? "")) {
    const [start] = words.span(at - 1);
    const before = words.taggedWord(start, false);
    if (before === undefined || before.end !== at || !/^(?:n|nr.*|ns|nt|nz|j|l|m|uj)$/u.test(before.tag)) return false;
  }
  if (words.bounds[end] !== 1) return false;
  if (end === text.length || !/\p{Script=Han}/u.test(text[end] ?? "")) return true;
  const next = words.taggedWord(end, false);
  return next !== undefined && next.start === end && /^(?:v|vn|p|d|c|m|uj|ul|ud|f|t)$/u.test(next.tag);
}

/**
 * Whether `length` characters from the surname at `at` may be a name: no word of the sentence runs
 * past them, their last character is no function word, and a two-character word they make is no
 * time, place or function word (周一 is a day, but 周一帆 may be a name).
 */
function nameShape(text: string, words: Words, at: number, length: number, placeAllowed: boolean): boolean {
  const end = at + length;
  if (end < text.length && words.bounds[end] !== 1) return false;
  if (NOT_IN_GIVEN_NAME.test(text[end - 1] ?? "")) return false;
  const word = words.taggedWord(at, false);
  if (word === undefined || word.start !== at) return false;
  // A word of the dictionary only as a name (余晖 nr): 干眼症 before 患者 is a disease.
  if (word.end === end) return /^(?:nr.*|x)$/u.test(word.tag);
  if (word.end > end) return false;
  // The surname alone, or in a word of two with a one-character word after it (于是|宁).
  if (word.end === at + 1 && length === 3 && NOT_IN_GIVEN_NAME.test(text[at + 1] ?? "")) return false;
  // The given name's words: no time, place, numeral or function word (于|会上, 于|周五).
  for (let k = word.end; k < end;) {
    const given = words.taggedWord(k, false);
    if (given === undefined || given.start !== k || given.end > end) return false;
    // One character: a function character (NOT_IN_GIVEN_NAME) is none, whatever jieba's tag (于|和|伟).
    if (given.end - given.start === 1 ? NOT_IN_GIVEN_NAME.test(given.word) : NOT_GIVEN_WORDS.test(given.tag))
      return false;
    if (!placeAllowed && text[at] === "于" && /^(?:ns|s)$/u.test(given.tag)) return false;
    k = given.end;
  }
  return true;
}

/** Whether a two- or three-character name jieba's HMM reads ends right before `end` (于和伟|与). */
function hmmNameEndingAt(words: Words, end: number): boolean {
  for (const length of [2, 3]) {
    const start = end - length;
    if (start < 0) continue;
    words.ensure(start, start);
    if (words.bounds[start] !== 1) continue;
    const guess = words.taggedWord(start, true);
    if (guess !== undefined && guess.start === start && guess.end === end && /^(?:nr.*|x)$/u.test(guess.tag))
      return true;
  }
  return false;
}

/** jieba tags of a word that does not start a given name: verbs, particles, numbers, measure words… */
const NOT_GIVEN_NAME = /^(?:v|vn|u.*|p|c|r|m|mq|q|f|x|y|e|o|w)$/u;

/** Whether a person's name may start at `at` (see Evidence.nameShaped). */
export function nameShaped(text: string, words: Words, at: number): boolean {
  words.ensure(at, Math.min(text.length - 1, at + 1));
  if (words.bounds[at] !== 1) return false;
  const guess = words.taggedWord(at, true);
  if (guess === undefined || guess.start !== at) return false;
  const length = guess.end - guess.start;
  // A name jieba's dictionary knows whole (余秋雨, 游本昌).
  if (length >= 2 && length <= 3 && /^nr/u.test(guess.tag) && knownName(words, at)) return true;
  if (KNOWN_NAMES_ONLY.has(text[at] ?? "")) return false;
  const next = words.taggedWord(at + 1, false);
  if (next === undefined || next.start !== at + 1 || !/^\p{Script=Han}/u.test(next.word)) return false;
  if (length >= 2)
    return length <= 3 && (/^nr/u.test(guess.tag) || (guess.tag === "x" && !NOT_GIVEN_NAME.test(next.tag)));
  if (NOT_GIVEN_NAME.test(next.tag)) return false;
  return /^nr/u.test(next.tag) || OPENING.test(text.slice(Math.max(0, at - 3), at));
}

/** Whether jieba's dictionary has the name at `at` (cut whole without HMM, tagged a person's name). */
export function knownName(words: Words, at: number): boolean {
  const guess = words.taggedWord(at, true);
  const known = words.taggedWord(at, false);
  return (
    guess !== undefined &&
    known !== undefined &&
    known.start === guess.start &&
    known.end === guess.end &&
    /^nr/u.test(known.tag)
  );
}

/**
 * A given-name character read otherwise than a name reads it (金发 髮 for 發, 志松 鬆 for 松), one or
 * two characters after a surname where news puts a person's name (nameSlot): the name's span.
 */
export function givenNameSlot(
  text: string,
  words: Words,
  at: number,
  chosen: string,
  same: (a: string, b: string) => boolean,
): { cue: NameCue; start: number; end: number } | undefined {
  const form = GIVEN_NAME_FORMS[text[at] ?? ""];
  if (form === undefined || same(form, chosen)) return undefined;
  for (const start of [at - 1, at - 2]) {
    const surname = text[start] ?? "";
    if (start < 0 || (SURNAMES[surname] === undefined && !COMMON_SURNAMES.has(surname))) continue;
    const slot = nameSlot(text, words, start);
    if (slot !== undefined && slot.end > at) return { cue: slot.cue, start, end: slot.end };
  }
  return undefined;
}
