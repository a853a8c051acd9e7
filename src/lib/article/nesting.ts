/**
 * Guards against content nested so deeply that parsing would take minutes or overflow the
 * stack (remark's list parsing grows with indentation; tree code recurses once per level).
 * Works on the raw text, before any parser runs.
 */
export const MAX_NESTING = 100;
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

/** The first place where the text nests deeper than allowed, if any. */
export function findDeepNesting(text: string): NestingProblem | undefined {
  let offset = 0;
  for (const line of text.split("\n")) {
    const quotes = /^(?:[ \t]*>)+/.exec(line)?.[0] ?? "";
    const depth = quotes.split(">").length - 1;
    if (depth > MAX_NESTING) {
      return { offset, message: `Block quotes are nested ${depth} levels deep here: use at most ${MAX_NESTING}.` };
    }
    const indent = /^[ \t]*/.exec(line.slice(quotes.length))?.[0] ?? "";
    const columns = [...indent].reduce((sum, c) => sum + (c === "\t" ? 4 : 1), 0);
    if (columns > MAX_INDENT) {
      return {
        offset,
        message: `This line is indented ${columns} columns, as if lists were nested over ${MAX_NESTING} levels deep: flatten the list (at most ${MAX_INDENT} columns).`,
      };
    }
    offset += line.length + 1;
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
