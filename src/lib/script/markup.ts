/**
 * Editor markup that steers script conversion, after Chinese Wikipedia's `-{…}-`:
 *   -{文字}-                      keep 文字 as written in every edition
 *   -{zh-hans:干部;zh-hant:幹部}-  explicit text per script (zh-cn/zh-sg/zh-my count as hans,
 *                                 zh-tw/zh-hk/zh-mo as hant); a regional tag (zh-hk) wins over its
 *                                 script's tag in an edition of that region
 */
import { editionRegion, SCRIPT_OF_TAG, type EditionStyle, type Script } from "./types.ts";

export type MarkupToken =
  | { readonly kind: "text"; readonly text: string; readonly offset: number }
  | {
      readonly kind: "fixed";
      /** Text per lower-case tag (zh-hans, zh-hant, zh-tw, zh-hk…); always has zh-hans and zh-hant. */
      readonly variants: Readonly<Record<string, string>>;
      readonly source: string;
      readonly offset: number;
    };

export type MarkupError = { readonly offset: number; readonly message: string };

const OPEN = "-{";
const CLOSE = "}-";
const VARIANT = /^\s*(zh-(?:hans|hant|cn|sg|my|tw|hk|mo))\s*:(.*)$/is;
export function hasMarkup(text: string): boolean {
  return text.includes(OPEN);
}

/** Splits text into plain runs and fixed (non-converted) runs. */
export function tokenizeMarkup(text: string): { tokens: MarkupToken[]; errors: MarkupError[] } {
  const tokens: MarkupToken[] = [];
  const errors: MarkupError[] = [];
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf(OPEN, position);
    if (open === -1) break;
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) {
      errors.push({
        offset: open,
        message:
          "Unclosed conversion markup `-{`: close it with `}-` in the same paragraph, or write `-{-{}-` for a literal `-{`. A span with zh-hans:/zh-hant: texts must be plain text: put emphasis or a link around the whole `-{…}-`, not inside it.",
      });
      break;
    }
    const body = text.slice(open + OPEN.length, close);
    const nested = body === OPEN ? -1 : body.indexOf(OPEN);
    if (open > position) tokens.push({ kind: "text", text: text.slice(position, open), offset: position });
    if (nested >= 0) {
      const end = closingOf(text, open);
      errors.push({
        offset: open + OPEN.length + nested,
        message: "Conversion markup `-{…}-` cannot be nested: write the outer span's text per script instead.",
      });
      position = end;
      continue;
    }
    const parsed = parseBody(body);
    if ("message" in parsed) errors.push({ offset: open, message: parsed.message });
    else tokens.push({ kind: "fixed", variants: parsed, source: text.slice(open, close + CLOSE.length), offset: open });
    position = close + CLOSE.length;
  }
  if (position < text.length) tokens.push({ kind: "text", text: text.slice(position), offset: position });
  return { tokens, errors };
}

/** Offset just after the `}-` that closes the `-{` at `open`, counting nested spans (or the text's end). */
function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length - 1; i++) {
    if (text.startsWith(OPEN, i)) {
      depth++;
      i++;
    } else if (text.startsWith(CLOSE, i)) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

function parseBody(body: string): Record<string, string> | { message: string } {
  const parts = body.split(";").filter((part) => part.trim() !== "");
  const first = parts[0];
  if (first === undefined || !VARIANT.test(first)) return { "zh-hans": body, "zh-hant": body };
  const variants: Record<string, string> = {};
  const scripts = new Set<Script>();
  for (const part of parts) {
    const match = VARIANT.exec(part);
    const tag = match?.[1]?.toLowerCase();
    const script = tag === undefined ? undefined : SCRIPT_OF_TAG[tag];
    if (match === undefined || match === null || tag === undefined || script === undefined) {
      return { message: `Conversion markup part "${part}" is not "zh-hans:…" or "zh-hant:…".` };
    }
    if (variants[tag] !== undefined) {
      return { message: `Conversion markup gives ${tag} twice: keep one text per variant tag.` };
    }
    variants[tag] = (match[2] ?? "").trim();
    scripts.add(script);
  }
  if (!scripts.has("hans") || !scripts.has("hant")) {
    return { message: "Conversion markup with variants needs both zh-hans:… and zh-hant:…." };
  }
  // A script's own tag stands for the script; else its first regional tag does.
  for (const script of ["hans", "hant"] as const) {
    const own = `zh-${script}`;
    if (variants[own] === undefined) {
      const regional = Object.keys(variants).find((tag) => SCRIPT_OF_TAG[tag] === script);
      variants[own] = variants[regional ?? own] ?? "";
    }
  }
  return variants;
}

/** The text of a fixed token for an edition: its region's tag (editionRegion), else its script's. */
export function variantFor(
  token: Extract<MarkupToken, { kind: "fixed" }>,
  edition: Pick<EditionStyle, "lang" | "script" | "standard">,
): string {
  const region = editionRegion(edition);
  return (region === undefined ? undefined : token.variants[region]) ?? token.variants[`zh-${edition.script}`] ?? "";
}

/** A hast-like node: what joinMarkupAcrossElements needs of hast (no dependency on its types here). */
type MarkupNode = {
  type: string;
  value?: string;
  tagName?: string;
  children?: MarkupNode[];
};

/** Elements whose text is shown as written (no conversion, no markup). */
const VERBATIM_ELEMENTS = new Set(["code", "pre", "kbd", "samp", "var", "script", "style"]);

/**
 * `-{**发**}-`: a plain span whose text is split by emphasis, a link or other inline markup into
 * several text nodes of one parent. Rewrites it in place so that every text inside is its own
 * `-{…}-` span (kept as written) and the outer `-{` and `}-` disappear. A span with per-script
 * variants (`-{zh-hans:…}-`) must be plain text and is left for the unclosed-markup message.
 */
export function joinMarkupAcrossElements(node: MarkupNode): void {
  const children = node.children;
  if (children === undefined || (node.tagName !== undefined && VERBATIM_ELEMENTS.has(node.tagName))) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child === undefined) continue;
    if (child.type !== "text") {
      joinMarkupAcrossElements(child);
      continue;
    }
    const value = child.value ?? "";
    if (!value.includes(OPEN)) continue;
    const unclosed = tokenizeMarkup(value).errors.find((error) => error.message.startsWith("Unclosed"));
    if (unclosed === undefined) continue;
    const inside = value.slice(unclosed.offset + OPEN.length);
    if (VARIANT.test(inside.split(";")[0] ?? "") || inside.includes(OPEN)) continue;
    const close = children.findIndex(
      (other, k) => k > i && other.type === "text" && (other.value ?? "").includes(CLOSE),
    );
    if (close < 0) continue;
    const between = children.slice(i + 1, close);
    // Only inline formatting between: an empty gap means the sanitizer removed something there
    // (`-{<script>…</script>}-`), which is reported, not published silently.
    if (!between.some((other) => other.type === "element") || !between.every(canKeep)) continue;
    const closing = children[close] as MarkupNode;
    const closeValue = closing.value ?? "";
    const at = closeValue.indexOf(CLOSE);
    const last = closeValue.slice(0, at);
    if (last.includes(OPEN)) continue;
    child.value = value.slice(0, unclosed.offset) + keep(inside);
    for (const other of between) keepAll(other);
    closing.value = keep(last) + closeValue.slice(at + CLOSE.length);
    i = close - 1;
  }
}

const keep = (text: string) => (text === "" ? "" : `${OPEN}${text}${CLOSE}`);

/** Inline formatting a kept span may hold (Markdown's emphasis, links, code; their HTML twins). */
const INLINE_FORMATTING = new Set([
  "em",
  "strong",
  "a",
  "del",
  "s",
  "code",
  "sup",
  "sub",
  "mark",
  "b",
  "i",
  "u",
  "ins",
  "small",
]);

/** Whether the node is inline formatting whose every text can be wrapped in `-{…}-` (no markup of its own). */
function canKeep(node: MarkupNode): boolean {
  if (node.type === "text") return !(node.value ?? "").includes(OPEN) && !(node.value ?? "").includes(CLOSE);
  if (node.type !== "element" || !INLINE_FORMATTING.has(node.tagName ?? "")) return false;
  return (node.children ?? []).every(canKeep);
}

function keepAll(node: MarkupNode): void {
  if (node.type === "text") node.value = keep(node.value ?? "");
  else if (node.tagName === undefined || !VERBATIM_ELEMENTS.has(node.tagName)) node.children?.forEach(keepAll);
}
