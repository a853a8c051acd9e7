/**
 * Guards against content nested so deeply that parsing would take minutes or overflow the stack:
 * remark re-reads every open container (list item, block quote) on every line, and tree code
 * recurses once per level. Works on the raw text in one linear pass, before any parser runs.
 */
export const MAX_NESTING = 100;
/**
 * Lines that open containers inside containers (`- > 引文`, `> - 项`), counted once per level past
 * the first: remark's cost grows faster than their number (1,000 lines of `- > 深` take 2 s,
 * 4,000 lines of `- > - > 深` 40 s). Real articles have a handful.
 */
export const MAX_NESTED_LEVELS = 2_000;
/** List nesting shows as indentation: two or more columns per level. */
const MAX_INDENT = 2 * MAX_NESTING;

/** Elements that need no end tag, or whose end tag is often left out: they never add depth. */
const NO_DEPTH = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b[^<>]*?(\/?)>/gi;

export type NestingProblem = { offset: number; message: string };

const isSpace = (code: number) => code === 32 || code === 9;

/**
 * The containers a line opens or continues, read from its start: block quote markers (`>`),
 * list markers (`-`, `*`, `+`, `1.`, `1)`) followed by a space, and the indentation between them.
 * `- > - > …` chains count every marker, as remark nests one container per marker.
 */
function lineProblem(text: string, start: number, end: number): NestingProblem | number {
  let depth = 0;
  let columns = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      columns += code === 9 ? 4 - (columns % 4) : 1;
      i++;
      continue;
    }
    let next: number;
    if (code === 62 /* > */) next = i + 1;
    else if (code === 45 || code === 42 || code === 43 /* - * + */) {
      if (i + 1 < end && !isSpace(text.charCodeAt(i + 1))) break;
      next = i + 1;
    } else if (code >= 48 && code <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const mark = text.charCodeAt(j);
      if ((mark !== 46 && mark !== 41) /* . ) */ || (j + 1 < end && !isSpace(text.charCodeAt(j + 1)))) break;
      next = j + 1;
    } else break;
    depth++;
    if (depth > MAX_NESTING) {
      const quotesOnly = /^[\s>]*$/.test(text.slice(start, next));
      const count = quotesOnly
        ? (text
            .slice(start, end)
            .match(/^[\s>]*/)?.[0]
            .split(">").length ?? 1) - 1
        : depth;
      return {
        offset: quotesOnly ? start : i,
        message: quotesOnly
          ? `Block quotes are nested ${count} levels deep here: use at most ${MAX_NESTING}.`
          : `Lists and block quotes are nested over ${MAX_NESTING} levels deep here: flatten them (at most ${MAX_NESTING} levels).`,
      };
    }
    i = next;
  }
  if (columns > MAX_INDENT) {
    return {
      offset: start,
      message: `This line is indented ${columns} columns, as if lists were nested over ${MAX_NESTING} levels deep: flatten the list (at most ${MAX_INDENT} columns).`,
    };
  }
  return depth;
}

/** The first place where the text nests deeper than allowed, if any. */
export function findDeepNesting(text: string): NestingProblem | undefined {
  let start = 0;
  let nested = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const problem = lineProblem(text, start, end);
    if (typeof problem !== "number") return problem;
    if (problem > 1) nested += problem - 1;
    if (nested > MAX_NESTED_LEVELS) {
      return {
        offset: start,
        message: `Lists and block quotes are nested inside each other on too many lines (over ${MAX_NESTED_LEVELS} levels in all, counted from here up): flatten them, or split the article.`,
      };
    }
    start = end + 1;
  }
  let depth = 0;
  for (const match of text.matchAll(TAG)) {
    const [, closing, name = "", selfClosing] = match;
    if (NO_DEPTH.has(name.toLowerCase()) || selfClosing === "/") continue;
    depth = closing === "/" ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) {
      return {
        offset: match.index,
        message: `HTML tags are nested over ${MAX_NESTING} levels deep here: close them or remove the extra tags.`,
      };
    }
  }
  return undefined;
}
