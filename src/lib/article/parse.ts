/**
 * Markdown article → validated Article with both script editions.
 * Never throws on bad content: problems come back as positioned diagnostics.
 */
import GithubSlugger from "github-slugger";
import type { Root as HastRoot } from "hast";
import type { Heading, Root as MdastRoot, RootContent } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { toString as hastText } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { ScriptConverter } from "../script/converter.ts";
import { detectScript } from "../script/detect.ts";
import { convertTree } from "../script/hast.ts";
import { tokenizeMarkup } from "../script/markup.ts";
import { SCRIPTS, type Script } from "../script/types.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { readFrontMatter } from "./front-matter.ts";
import { parseMarkdown, toHtml, toSafeHast } from "./markdown.ts";
import { articleSchema, type Article, type Edition, type FrontMatter } from "./schema.ts";
import { rewriteRootUrls } from "./urls.ts";

export type ParseOptions = {
  /** Path shown in diagnostics, e.g. `content/2021/qingdao.md`. */
  readonly file: string;
  /** Slug used when front matter has none (normally the file name without extension). */
  readonly defaultSlug: string;
  readonly converter: ScriptConverter;
  /** Site base path, prefixed to root-relative links and images in the body. */
  readonly base?: string;
  /** Answers whether a root-relative asset (e.g. `/media/a.jpg`) exists in `public/`. */
  readonly assetExists?: (path: string) => boolean;
};

export type ParseOutcome = { readonly article?: Article; readonly diagnostics: Diagnostic[] };

const SUMMARY_LENGTH = 120;

type BodySection = { heading: Heading | null; nodes: RootContent[] };

export function parseArticle(source: string, options: ParseOptions): ParseOutcome {
  const diagnostics: Diagnostic[] = [];
  const outcome = parseInto(source, options, diagnostics);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return outcome;
}

function parseInto(source: string, options: ParseOptions, diagnostics: Diagnostic[]): ParseOutcome {
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

  const tree = parseMarkdown(text);
  const [first, ...body] = tree.children;
  if (first?.type !== "yaml") {
    report(
      1,
      1,
      "No front matter: start the file with a `---` line, then `title:`, `date:` and `source:` lines, then `---`.",
    );
    return { diagnostics };
  }
  const { data, problems } = readFrontMatter(first.value, (first.position?.start.line ?? 1) + 1);
  for (const problem of problems) report(problem.line, problem.column, problem.message, problem.severity);

  const afterFrontMatter = (first.position?.end.line ?? 1) + 1;
  checkBody(body, afterFrontMatter, report);
  checkMarkup(tree, text, data, first.position?.start.line ?? 1, report);
  checkAssets(tree, options, report);
  if (data === undefined || diagnostics.some((d) => d.severity === "error")) return { diagnostics };

  const sections = splitSections(body);
  const script: Script =
    data.script ?? detectScript(`${data.title}\n${mdastText({ type: "root", children: body })}`, options.converter);
  const hastSections = sections.map((section) => {
    const hast = toSafeHast({ type: "root", children: section.nodes } satisfies MdastRoot);
    return {
      heading: section.heading === null ? null : mdastText(section.heading),
      hast: rewriteRootUrls(hast, options.base ?? "/"),
    };
  });
  const ids = sectionIds(
    hastSections.map((s) => s.heading),
    options.converter,
    script,
  );
  const editions = Object.fromEntries(
    SCRIPTS.map((target) => [target, buildEdition(data, hastSections, ids, options.converter, script, target)]),
  ) as Record<Script, Edition>;

  const candidate = {
    slug: data.slug ?? options.defaultSlug,
    date: data.date,
    script,
    ...(data.originalUrl === undefined ? {} : { originalUrl: data.originalUrl }),
    file: options.file,
    editions,
  };
  const validated = articleSchema.safeParse(candidate);
  if (!validated.success) {
    for (const issue of validated.error.issues) {
      report(
        1,
        1,
        `"${issue.path.join(".")}" ${issue.message}${issue.path[0] === "slug" ? " Rename the file or set `slug:` in front matter." : ""}`,
      );
    }
    return { diagnostics };
  }
  return { article: validated.data, diagnostics };
}

function buildEdition(
  data: FrontMatter,
  sections: readonly { heading: string | null; hast: HastRoot }[],
  ids: readonly (string | null)[],
  converter: ScriptConverter,
  from: Script,
  to: Script,
): Edition {
  const convert = (value: string) => converter.convertMarked(value, from, to);
  const converted = sections.map((section) => convertTree(section.hast, converter, from, to));
  const optional = (key: "reprintedFrom" | "author") => {
    const value = data[key];
    return value === undefined ? {} : { [key]: convert(value) };
  };
  return {
    title: convert(data.title),
    source: convert(data.source),
    breadcrumb: (data.breadcrumb ?? []).map(convert),
    ...optional("reprintedFrom"),
    ...optional("author"),
    summary: data.summary === undefined ? summarize(converted) : convert(data.summary),
    sections: sections.map((section, index) => ({
      id: ids[index] ?? null,
      heading: section.heading === null ? null : convert(section.heading),
      html: toHtml(converted[index] ?? { type: "root", children: [] }),
    })),
  };
}

/** Anchors come from the Simplified heading, so they are identical in both editions. */
function sectionIds(
  headings: readonly (string | null)[],
  converter: ScriptConverter,
  script: Script,
): (string | null)[] {
  const slugger = new GithubSlugger();
  return headings.map((heading) =>
    heading === null ? null : slugger.slug(converter.convertMarked(heading, script, "hans")) || slugger.slug("section"),
  );
}

function summarize(sections: readonly HastRoot[]): string {
  for (const section of sections) {
    let found: string | undefined;
    visit(section, "element", (node) => {
      if (found === undefined && node.tagName === "p") {
        const paragraph = hastText(node).replace(/\s+/g, " ").trim();
        if (paragraph !== "") found = paragraph;
      }
    });
    if (found !== undefined) {
      const characters = [...found];
      return characters.length <= SUMMARY_LENGTH ? found : `${characters.slice(0, SUMMARY_LENGTH).join("")}…`;
    }
  }
  return "";
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
      report(
        line,
        column,
        `Heading level ${node.depth} follows level ${level}: use ${"#".repeat(level + 1)} here, or add the missing level above it.`,
      );
    }
    if (mdastText(node).trim() === "") report(line, column, "Empty heading: write its text or remove the line.");
    level = node.depth;
  }
}

function checkMarkup(
  tree: MdastRoot,
  text: string,
  data: FrontMatter | undefined,
  frontLine: number,
  report: Report,
): void {
  visit(tree, "text", (node) => {
    for (const error of tokenizeMarkup(node.value).errors) {
      const start = node.position?.start;
      const { line, column } =
        start === undefined ? { line: 1, column: 1 } : lineColumn(text, (start.offset ?? 0) + error.offset);
      report(line, column, error.message);
    }
  });
  for (const key of ["title", "source", "reprintedFrom", "author", "summary"] as const) {
    const value = data?.[key];
    const error = value === undefined ? undefined : tokenizeMarkup(value).errors[0];
    if (error !== undefined) report(frontLine, 1, `"${key}": ${error.message}`);
  }
}

function checkAssets(tree: MdastRoot, options: ParseOptions, report: Report): void {
  visit(tree, "image", (node) => {
    const { line, column } = node.position?.start ?? { line: 1, column: 1 };
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url)) return;
    if (!node.url.startsWith("/")) {
      report(
        line,
        column,
        `Image "${node.url}" is a relative path: put the file in public/media/ and link it as /media/<name>.`,
      );
    } else if (options.assetExists && !options.assetExists(decodeURI(node.url.split(/[?#]/)[0] ?? ""))) {
      report(line, column, `Image "${node.url}" does not exist: add public${node.url} or fix the path.`);
    }
  });
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
