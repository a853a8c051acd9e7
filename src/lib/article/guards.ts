/**
 * Checks on the raw text, before any parser runs, each one linear in the text's length: they
 * bound what parsing may cost (size, line length, nesting, emphasis and bracket density) and
 * keep characters out of the article that no page, feed or sitemap may hold.
 */
import type { VFile } from "vfile";
import { report } from "./messages.ts";
import type { RuleId } from "./rules/registry.ts";
import { findDeepNesting } from "./nesting.ts";

/**
 * Largest article, in UTF-8 bytes. A 5 MB article parses in a few seconds; memory grows about
 * 100 times the text (syntax trees, two editions), so 8 MB stays well inside a parsing process.
 */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;
/**
 * Longest line, in characters. A paragraph line of a news article is a few thousand characters;
 * a longer one is data pasted by mistake (a base64 image, a table's worth of cells).
 */
export const MAX_LINE_LENGTH = 100_000;
/**
 * Emphasis runs (`*`, `_`) and brackets (`[`, `]`) per paragraph and per article: remark resolves
 * them with work that grows with their number times the text around them (1 MB of `*a` takes
 * minutes). Real articles use a few per paragraph.
 */
export const MAX_DELIMITERS_PER_PARAGRAPH = 500;
export const MAX_DELIMITERS = 20_000;
/**
 * Structure per article. Parsing costs a fixed amount per block, section, list item, tag and
 * character reference, and some of it grows faster than linearly (every item of a list looks at
 * its siblings): these bound the total. A 5 MB article of ordinary paragraphs (about 11,000
 * blocks, 1,000 sections) is well inside them.
 */
export const MAX_BLOCKS = 30_000;
export const MAX_SECTIONS = 2_000;
export const MAX_LIST_ITEMS = 5_000;
export const MAX_TAGS = 100_000;
export const MAX_REFERENCES = 100_000;
/** Front matter is a few lines: YAML reading is slow on huge documents. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/**
 * Control characters. U+000B (vertical tab: Word's soft line break) and U+000C (form feed: a page
 * break) are layout, not text: they become a space, which is how a line break inside a paragraph
 * shows, with a warning. Every other C0 control but tab and line endings, DEL, the C1 controls
 * (U+0080–U+009F: text decoded as Latin-1 by mistake) and the non-characters U+FFFE/U+FFFF are
 * errors: XML may not hold them (feeds and sitemaps would be invalid) and none of them is visible.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const HAS_CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/;

export function describeControl(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const names: Record<number, string> = {
    0: "NUL",
    8: "backspace",
    11: "vertical tab (a line break pasted from Word)",
    12: "form feed (a page break)",
    27: "ESC",
    127: "DEL",
  };
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  return `U+${hex}${names[code] === undefined ? "" : ` ${names[code]}`}`;
}

/**
 * Reports control characters in `value` (`placeOf` gives the file offset of an index) and returns
 * the value with each of them as a space: layout ones for good, the others so that no later check
 * reports them again (they are errors: the article is not published).
 */
export function cleanControls(
  file: VFile,
  value: string,
  placeOf: (index: number) => number | undefined,
  where = "",
): string {
  if (!HAS_CONTROL.test(value)) return value;
  for (const match of value.matchAll(CONTROL)) {
    const character = match[0];
    const place = placeOf(match.index);
    if (character === "\v" || character === "\f") {
      report(
        file,
        `${where}Control character ${describeControl(character)} is shown as a space: remove it, or leave an empty line if a new paragraph was meant.`,
        place,
        "control-character",
        "warning",
      );
    } else {
      const code = character.codePointAt(0) ?? 0;
      const hint =
        code >= 0x80 && code <= 0x9f
          ? "it usually means the text was decoded as Latin-1 by mistake: import the original again, or retype the character"
          : "delete it (it is invisible: select the spot in your editor, or retype the text around it)";
      report(
        file,
        `${where}Invisible control character ${describeControl(character)} may not appear in an article: ${hint}.`,
        place,
        "control-character",
      );
    }
  }
  return value.replace(CONTROL, " ");
}

/**
 * Runs every raw-text guard. Returns the text to parse (control characters as spaces, same length
 * so that offsets stay the file's), or undefined when parsing must not start.
 */
export function guardText(file: VFile, text: string): string | undefined {
  if (text.trim() === "") {
    report(
      file,
      "The file is empty: write front matter (title, date, source) and the article text, or delete the file.",
      { line: 1, column: 1 },
      "empty-file",
    );
    return undefined;
  }
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) {
    report(
      file,
      `The article is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the limit of ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (it passes the limit here): split it into several articles.`,
      byteOffset(text, MAX_ARTICLE_BYTES),
      "article-too-large",
    );
    return undefined;
  }
  const cleaned = cleanControls(file, text, (index) => index);
  if (!scanLines(file, cleaned)) return undefined;
  const nesting = findDeepNesting(cleaned);
  if (nesting !== undefined) {
    report(file, nesting.message, nesting.offset, "nesting-too-deep");
    return undefined;
  }
  const replacement = cleaned.indexOf("\uFFFD");
  if (replacement !== -1) {
    const count = cleaned.split("\uFFFD").length - 1;
    report(
      file,
      `The text holds ${count} unreadable character(s) "\uFFFD", the first here: the file was probably saved in another encoding (GBK/GB18030 or Big5) and converted badly. Convert the original file with \`iconv -f GB18030 -t UTF-8\` (or \`-f BIG5\`), or import it again with \`npm run import -- <file>\`.`,
      replacement,
      "replacement-character",
    );
  }
  return cleaned;
}

type Limit = { count: number; readonly max: number; readonly ruleId: RuleId; readonly message: string };

/** Line length, delimiter density and structure counts, in one pass over the lines; false when parsing must not start. */
function scanLines(file: VFile, text: string): boolean {
  const limit = (max: number, ruleId: RuleId, message: string): Limit => ({ count: 0, max, ruleId, message });
  const paragraphMarks = limit(
    MAX_DELIMITERS_PER_PARAGRAPH,
    "too-many-delimiters",
    `This paragraph has over ${MAX_DELIMITERS_PER_PARAGRAPH} emphasis marks (* or _) and brackets ([ or ]), more than the parser can read in reasonable time: remove the extra marks, or write literal ones as \\* \\_ \\[ \\].`,
  );
  const marks = limit(
    MAX_DELIMITERS,
    "too-many-delimiters",
    `This article has over ${MAX_DELIMITERS} emphasis marks (* or _) and brackets ([ or ]), more than the parser can read in reasonable time: remove the extra marks, or split the article.`,
  );
  const blocks = limit(
    MAX_BLOCKS,
    "too-many-blocks",
    `The article has over ${MAX_BLOCKS} paragraphs and other blocks (this is the first one over): split it into several articles.`,
  );
  const sections = limit(
    MAX_SECTIONS,
    "too-many-sections",
    `The article has over ${MAX_SECTIONS} sections (## headings; this is the first one over): split it into several articles.`,
  );
  const items = limit(
    MAX_LIST_ITEMS,
    "too-many-list-items",
    `This list has over ${MAX_LIST_ITEMS} items: split it, or separate its parts with a paragraph.`,
  );
  const tags = limit(
    MAX_TAGS,
    "too-many-tags",
    `The article has over ${MAX_TAGS} HTML tags (this is the first one over): write it as Markdown, or split it.`,
  );
  const references = limit(
    MAX_REFERENCES,
    "too-many-references",
    `The article has over ${MAX_REFERENCES} character references such as &amp; (this is the first one over): write the characters themselves.`,
  );
  /** Counts one more; reports and returns false past the limit. */
  const count = (what: Limit, offset: number): boolean => {
    what.count++;
    if (what.count <= what.max) return true;
    report(file, what.message, offset, what.ruleId);
    return false;
  };
  // Escaped marks (\*) are text, not delimiters.
  const delimiter = /(?<!\\)(?:[*_]+|[[\]])/g;
  const listItem = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
  const section = /^ {0,3}##(?!#)(?:[ \t]|$)/;
  let blank = true;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_LENGTH) {
      report(
        file,
        `This line is ${end - start} characters long, over the limit of ${MAX_LINE_LENGTH}: break it into paragraphs, or remove pasted data (such as an image written out as text).`,
        start + MAX_LINE_LENGTH,
        "line-too-long",
      );
      return false;
    }
    const line = text.slice(start, end);
    if (line.trim() === "") {
      paragraphMarks.count = 0;
      blank = true;
      start = end + 1;
      continue;
    }
    if (blank && !count(blocks, start)) return false;
    if (section.test(line) && !count(sections, start)) return false;
    if (listItem.test(line)) {
      if (!count(items, start)) return false;
    } else if (blank && !/^[ \t]/.test(line)) items.count = 0;
    blank = false;
    for (let at = line.indexOf("<"); at !== -1; at = line.indexOf("<", at + 1)) {
      if (!count(tags, start + at)) return false;
    }
    for (let at = line.indexOf("&"); at !== -1; at = line.indexOf("&", at + 1)) {
      if (!count(references, start + at)) return false;
    }
    if (line.includes("*") || line.includes("_") || line.includes("[") || line.includes("]")) {
      delimiter.lastIndex = 0;
      for (const match of line.matchAll(delimiter)) {
        if (!count(paragraphMarks, start + match.index) || !count(marks, start + match.index)) return false;
      }
    }
    start = end + 1;
  }
  return true;
}

/** The string offset at which the UTF-8 encoding of `text` passes `bytes` bytes. */
function byteOffset(text: string, bytes: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    count +=
      code < 0x80
        ? 1
        : code < 0x800
          ? 2
          : code >= 0xd800 && code <= 0xdbff
            ? 4
            : code >= 0xdc00 && code <= 0xdfff
              ? 0
              : 3;
    if (count > bytes) return i;
  }
  return text.length;
}
