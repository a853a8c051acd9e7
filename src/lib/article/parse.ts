/**
 * Markdown article → validated Article with both script editions.
 * Never throws on bad content: problems come back as positioned diagnostics.
 */
import GithubSlugger from "github-slugger";
import type { Root as HastRoot } from "hast";
import type { Heading, Root as MdastRoot, RootContent } from "mdast";
import type { Point } from "unist";
import { toString as mdastText } from "mdast-util-to-string";
import { toString as hastText } from "hast-util-to-string";
import { CONTINUE, EXIT, SKIP, visit } from "unist-util-visit";
import type { Converter } from "../script/converter.ts";
import { detectScript } from "../script/detect.ts";
import { applyTexts, collectTexts } from "../script/hast.ts";
import { tokenizeMarkup } from "../script/markup.ts";
import type { EditionStyle, Script, TextLanguage } from "../script/types.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { readFrontMatter } from "./front-matter.ts";
import { parseMarkdown, toHtml, toSafeHast } from "./markdown.ts";
import { findDeepNesting } from "./nesting.ts";
import { articleSchema, type Article, type Edition, type FrontMatter } from "./schema.ts";
import { rewriteRootUrls } from "./urls.ts";

export type ParseOptions = {
  /** Path shown in diagnostics, e.g. `content/2021/qingdao.md`. */
  readonly file: string;
  /** Slug used when front matter has none (normally the file name without extension). */
  readonly defaultSlug: string;
  readonly converter: Converter;
  /** Editions to publish (default: every edition of the converter's settings). */
  readonly editions?: readonly EditionStyle[];
  /** Site base path, prefixed to root-relative links and images in the body. */
  readonly base?: string;
  /** Answers whether a root-relative asset (e.g. `/media/a.jpg`) exists in `public/`. */
  readonly assetExists?: (path: string) => boolean;
};

export type ParseOutcome = { readonly article?: Article; readonly diagnostics: Diagnostic[] };

const SUMMARY_LENGTH = 120;

type BodySection = { heading: Heading | null; nodes: RootContent[] };

export function parseArticle(source: string, options: ParseOptions): ParseOutcome {
  return parseArticles([{ source, options }])[0] ?? { diagnostics: [] };
}

/** What an edition needs converted: from the article's script to the edition's. */
type ConversionRequest = {
  readonly converter: Converter;
  readonly from: TextLanguage;
  readonly to: EditionStyle;
  readonly texts: readonly string[];
};

/** An article read and checked, waiting for its texts to be converted. */
type Prepared = {
  readonly diagnostics: Diagnostic[];
  readonly pending?: {
    readonly requests: readonly ConversionRequest[];
    /** Builds the article from the converted texts, one list per request. */
    readonly complete: (converted: readonly (readonly string[])[]) => ParseOutcome;
  };
};

/**
 * Parses many articles, sending all their texts to opencc in one call per direction: converting
 * between other work is about twice as slow, as the parser's memory traffic evicts opencc's
 * dictionaries from the processor's caches.
 */
export function parseArticles(items: readonly { source: string; options: ParseOptions }[]): ParseOutcome[] {
  const prepared: Prepared[] = items.map(({ source, options }) => {
    const diagnostics: Diagnostic[] = [];
    return guarded(options, diagnostics, () => prepareArticle(source, options, diagnostics));
  });
  const requests = prepared.flatMap((item) => item.pending?.requests ?? []);
  let converted: string[][] | undefined;
  try {
    converted = convertRequests(requests);
  } catch {
    // Converted again article by article below, so that the error is reported for its own file.
    converted = undefined;
  }
  let next = 0;
  return prepared.map((item, index) => {
    const { pending, diagnostics } = item;
    const options = items[index]?.options;
    if (pending === undefined || options === undefined) return finish({ diagnostics });
    const mine = converted?.slice(next, next + pending.requests.length);
    next += pending.requests.length;
    return finish(guarded(options, diagnostics, () => pending.complete(mine ?? convertRequests(pending.requests))));
  });
}

/** One convertMany call per converter and direction for all requests; results in request order. */
function convertRequests(requests: readonly ConversionRequest[]): string[][] {
  const groups = new Map<Converter, Map<string, ConversionRequest[]>>();
  for (const request of requests) {
    const byDirection = groups.get(request.converter) ?? new Map<string, ConversionRequest[]>();
    groups.set(request.converter, byDirection);
    const key = `${request.from.script}:${request.from.standard}>${request.to.id}`;
    const group = byDirection.get(key);
    if (group === undefined) byDirection.set(key, [request]);
    else group.push(request);
  }
  const results = new Map<ConversionRequest, string[]>();
  for (const [converter, byDirection] of groups) {
    for (const group of byDirection.values()) {
      const first = group[0];
      if (first === undefined) continue;
      const all = converter.convertMany(
        group.flatMap((request) => request.texts),
        first.from,
        first.to,
      );
      let next = 0;
      for (const request of group) {
        results.set(request, all.slice(next, next + request.texts.length));
        next += request.texts.length;
      }
    }
  }
  return requests.map((request) => results.get(request) ?? []);
}

/**
 * Runs a step of parsing that reports into `diagnostics`. Last line of defence: a parser bug must
 * not stop the build from listing every other file, so an exception becomes one more diagnostic.
 */
function guarded<T extends { diagnostics: Diagnostic[] }>(
  options: ParseOptions,
  diagnostics: Diagnostic[],
  step: () => T,
): T | { diagnostics: Diagnostic[] } {
  try {
    return step();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message =
      error instanceof RangeError && /call stack/i.test(detail)
        ? "The article is nested too deeply to read: flatten deeply nested lists, quotes, emphasis or HTML tags."
        : `Internal error while reading this article (${detail}): please report it to the developers with this file.`;
    diagnostics.push({ file: options.file, line: 1, column: 1, severity: "error", message });
    return { diagnostics };
  }
}

function finish(outcome: ParseOutcome): ParseOutcome {
  outcome.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return outcome;
}

function prepareArticle(source: string, options: ParseOptions, diagnostics: Diagnostic[]): Prepared {
  const report = (line: number, column: number, message: string, severity: Diagnostic["severity"] = "error") =>
    diagnostics.push({ file: options.file, line, column, severity, message });
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  if (text.trim() === "") {
    report(
      1,
      1,
      "The file is empty: write front matter (title, date, source) and the article text, or delete the file.",
    );
    return { diagnostics };
  }

  const nesting = findDeepNesting(text);
  if (nesting !== undefined) {
    const { line, column } = lineColumn(text, nesting.offset);
    report(line, column, nesting.message);
    return { diagnostics };
  }
  checkReplacementCharacters(text, report);

  const tree = parseMarkdown(text);
  const [first, ...body] = tree.children;
  if (first?.type !== "yaml") {
    report(
      1,
      1,
      /^---[ \t]*\r?\n/.test(text)
        ? "The front matter opened by the `---` on line 1 is never closed: add a `---` line after its last `key: value` line."
        : "No front matter: start the file with a `---` line, then `title:`, `date:` and `source:` lines, then `---`.",
    );
    return { diagnostics };
  }
  const { data, problems } = readFrontMatter(first.value, (first.position?.start.line ?? 1) + 1);
  for (const problem of problems) report(problem.line, problem.column, problem.message, problem.severity);

  const afterFrontMatter = (first.position?.end.line ?? 1) + 1;
  checkBody(body, afterFrontMatter, report);
  checkAssets(tree, options, report);
  const safeSections = splitSections(body).map((section) => ({
    heading: section.heading,
    hast: toSafeHast({ type: "root", children: section.nodes } satisfies MdastRoot),
  }));
  checkMarkup(safeSections, text, report);
  if (data === undefined || diagnostics.some((d) => d.severity === "error")) return { diagnostics };

  const editions = options.editions ?? options.converter.settings.editions;
  const script: Script = data.script ?? detectScript(`${data.title}\n${mdastText({ type: "root", children: body })}`);
  const language = textLanguage(script, editions);
  const hastSections = safeSections.map((section) => ({
    heading: section.heading === null ? null : mdastText(section.heading),
    hast: rewriteRootUrls(section.hast, options.base ?? "/"),
  }));
  const ids = sectionIds(
    hastSections.map((s) => s.heading),
    options.converter,
    language,
  );
  const plans = editions.map((target) => planEdition(data, hastSections, ids, target));
  const complete = (converted: readonly (readonly string[])[]): ParseOutcome => {
    const built: Record<string, Edition> = Object.fromEntries(
      plans.map((plan, index) => [plan.target.id, plan.build(converted[index] ?? [])]),
    );
    const candidate = {
      slug: data.slug ?? options.defaultSlug,
      date: data.date,
      script,
      ...(data.originalUrl === undefined ? {} : { originalUrl: data.originalUrl }),
      file: options.file,
      editions: built,
    };
    const validated = articleSchema.safeParse(candidate);
    if (!validated.success) {
      for (const issue of validated.error.issues) {
        report(
          1,
          1,
          `"${issue.path.join(".")}" ${issue.message}${issue.path[0] === "slug" ? " (The slug comes from the file name unless `slug:` is set: rename the file or set `slug:`.)" : ""}`,
        );
      }
      return { diagnostics };
    }
    return { article: validated.data, diagnostics };
  };
  const requests = plans.map((plan) => ({
    converter: options.converter,
    from: language,
    to: plan.target,
    texts: plan.texts,
  }));
  return { diagnostics, pending: { requests, complete } };
}

/** The texts an edition needs converted, and how to build it from them once converted. */
function planEdition(
  data: FrontMatter,
  sections: readonly { heading: string | null; hast: HastRoot }[],
  ids: readonly (string | null)[],
  target: EditionStyle,
): { target: EditionStyle; texts: string[]; build: (converted: readonly string[]) => Edition } {
  // Everything the edition shows: header fields, then the breadcrumb, headings and section text.
  const fields = [data.title, data.source, data.reprintedFrom ?? "", data.author ?? "", data.summary ?? ""];
  const breadcrumb = data.breadcrumb ?? [];
  const headings = sections.map((section) => section.heading ?? "");
  const trees = sections.map((section) => section.hast);
  const loose = [...fields, ...breadcrumb, ...headings];
  const build = (converted: readonly string[]): Edition => {
    const applied = applyTexts(trees, converted, loose.length);
    const [title = "", source = "", reprintedFrom = "", author = "", summary = ""] = applied.texts;
    const convertedHeadings = applied.texts.slice(fields.length + breadcrumb.length);
    return {
      title,
      source,
      breadcrumb: applied.texts.slice(fields.length, fields.length + breadcrumb.length),
      ...(data.reprintedFrom === undefined ? {} : { reprintedFrom }),
      ...(data.author === undefined ? {} : { author }),
      // With no text to quote (an article of images only), the title stands in as summary.
      summary: data.summary === undefined ? summarize(applied.trees) || title : summary,
      sections: sections.map((section, index) => ({
        id: ids[index] ?? null,
        heading: section.heading === null ? null : (convertedHeadings[index] ?? ""),
        html: toHtml(applied.trees[index] ?? { type: "root", children: [] }),
      })),
    };
  };
  return { target, texts: collectTexts(trees, loose), build };
}

/** Anchors come from the Simplified heading, so they are identical in every edition. */
const ANCHOR_EDITION: EditionStyle = {
  id: "zh-hans",
  lang: "zh-Hans",
  script: "hans",
  standard: "cn",
  variants: {},
  quotes: "keep",
};

function sectionIds(
  headings: readonly (string | null)[],
  converter: Converter,
  language: TextLanguage,
): (string | null)[] {
  const slugger = new GithubSlugger();
  return headings.map((heading) =>
    heading === null
      ? null
      : slugger.slug(converter.convert(heading, language, ANCHOR_EDITION)) || slugger.slug("section"),
  );
}

/** The script and standard of text written in `script`: a Traditional text follows the site's first Traditional edition. */
function textLanguage(script: Script, editions: readonly EditionStyle[]): TextLanguage {
  if (script === "hans") return { script, standard: "cn" };
  return { script, standard: editions.find((edition) => edition.script === "hant")?.standard ?? "tw" };
}

/** The first paragraph, else (an article of only lists, quotes or code) the first text at all. */
function summarize(sections: readonly HastRoot[]): string {
  const clean = (node: HastRoot | HastRoot["children"][number]) => hastText(node).replace(/\s+/g, " ").trim();
  let found: string | undefined;
  for (const section of sections) {
    visit(section, "element", (node) => {
      if (node.tagName !== "p") return CONTINUE;
      const text = clean(node);
      if (text === "") return SKIP;
      found = text;
      return EXIT;
    });
    if (found !== undefined) break;
  }
  found ??= sections.map(clean).find((text) => text !== "") ?? "";
  const characters = [...found];
  return characters.length <= SUMMARY_LENGTH ? found : `${characters.slice(0, SUMMARY_LENGTH).join("")}…`;
}

function splitSections(body: readonly RootContent[]): BodySection[] {
  const sections: BodySection[] = [{ heading: null, nodes: [] }];
  for (const node of body) {
    if (node.type === "heading" && node.depth === 2) sections.push({ heading: node, nodes: [] });
    else sections[sections.length - 1]?.nodes.push(node);
  }
  return sections[0]?.nodes.length === 0 && sections.length > 1 ? sections.slice(1) : sections;
}

type Report = (line: number, column: number, message: string, severity?: Diagnostic["severity"]) => void;

function checkBody(body: readonly RootContent[], lineAfterFrontMatter: number, report: Report): void {
  const hasText = body.some((node) => ["paragraph", "list", "blockquote", "table", "code", "html"].includes(node.type));
  if (!hasText) {
    report(lineAfterFrontMatter, 1, "The article has no text after the front matter: add at least one paragraph.");
  }
  let level = 1;
  for (const node of body) {
    if (node.type !== "heading") continue;
    const { line, column } = node.position?.start ?? { line: 1, column: 1 };
    if (node.depth === 1) {
      report(
        line,
        column,
        "Use `##` for section headings: the title belongs in front matter (`title:`), not in a `#` heading.",
      );
    } else if (node.depth > level + 1) {
      const above = level === 1 ? "the title" : `a ${"#".repeat(level)} heading`;
      report(
        line,
        column,
        `Heading level ${node.depth} (${"#".repeat(node.depth)}) skips a level after ${above}: use ${"#".repeat(level + 1)} here, or add the missing level above it.`,
      );
    }
    if (mdastText(node).trim() === "") report(line, column, "Empty heading: write its text or remove the line.");
    level = node.depth;
  }
}

/** Elements and attributes that script conversion reads, as in src/lib/script/hast.ts. */
const VERBATIM = new Set(["code", "pre", "kbd", "samp", "var", "script", "style"]);
const PROSE_ATTRIBUTES = ["alt", "title", "ariaLabel"] as const;

/** Reports bad `-{…}-` markup anywhere the converter will read: headings, text and prose attributes. */
function checkMarkup(
  sections: readonly { heading: Heading | null; hast: HastRoot }[],
  text: string,
  report: Report,
): void {
  const check = (value: string, at: Point | undefined, exact: boolean) => {
    for (const error of tokenizeMarkup(value).errors) {
      const { line, column } =
        at === undefined
          ? { line: 1, column: 1 }
          : exact && at.offset !== undefined
            ? lineColumn(text, at.offset + error.offset)
            : at;
      report(line, column, error.message);
    }
  };
  const walk = (node: HastRoot | HastRoot["children"][number], parent: Point | undefined): void => {
    const at = node.position?.start ?? parent;
    if (node.type === "text") check(node.value, at, node.position !== undefined);
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      for (const name of PROSE_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === "string") check(value, at, false);
      }
      if (VERBATIM.has(node.tagName)) return;
    }
    for (const child of node.children) walk(child, at);
  };
  for (const { heading, hast } of sections) {
    if (heading !== null) check(mdastText(heading), heading.position?.start, false);
    walk(hast, undefined);
  }
}

/** U+FFFD in the text means bytes were lost when the file was decoded or converted. */
function checkReplacementCharacters(text: string, report: Report): void {
  const first = text.indexOf("\uFFFD");
  if (first === -1) return;
  const count = text.split("\uFFFD").length - 1;
  const { line, column } = lineColumn(text, first);
  report(
    line,
    column,
    `The text holds ${count} unreadable character(s) "\uFFFD", the first here: the file was probably saved in another encoding (GBK/GB18030 or Big5) and converted badly. Convert the original file with \`iconv -f GB18030 -t UTF-8\` (or \`-f BIG5\`), or import it again with \`npm run import -- <file>\`.`,
  );
}

function checkAssets(tree: MdastRoot, options: ParseOptions, report: Report): void {
  visit(tree, "image", (node) => {
    const { line, column } = node.position?.start ?? { line: 1, column: 1 };
    if (/^(https?:)?\/\//i.test(node.url)) {
      report(
        line,
        column,
        `Image "${node.url}" is on another host: pages load nothing from other hosts, so it will not show. Save it in public/media/ and link it as /media/<name>.`,
        "warning",
      );
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(node.url)) return;
    if (!node.url.startsWith("/")) {
      report(
        line,
        column,
        `Image "${node.url}" is a relative path: put the file in public/media/ and link it as /media/<name>.`,
      );
    } else if (options.assetExists && !options.assetExists(decodePath(node.url.split(/[?#]/)[0] ?? ""))) {
      report(line, column, `Image "${node.url}" does not exist: add public${node.url} or fix the path.`);
    }
  });
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Percent-decodes a URL path; a malformed escape is left as written (the file then does not exist). */
function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
