/**
 * Markdown article → validated Article with both script editions.
 * Never throws on bad content: problems come back as positioned diagnostics.
 */
import GithubSlugger from "github-slugger";
import type { Heading, RootContent } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { sourceLanguage, surnamesOf, type Converter } from "../script/converter.ts";
import { bylineName } from "../script/rules.ts";
import { detectScript } from "../script/detect.ts";
import { convertRequests, type ConversionRequest } from "../script/batch.ts";
import type { EditionStyle, Script, TextLanguage } from "../script/types.ts";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { VFile } from "vfile";
import { DEFAULT_TIME_ZONE, readMoment } from "./dates.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { readFrontMatter } from "./front-matter.ts";
import { guardText, MAX_FRONT_MATTER_BYTES } from "./guards.ts";
import { checkBody, parseMarkdown, toSafeHast, withFootnotes } from "./markdown.ts";
import { hasErrors, pointAt, report, toDiagnostics } from "./messages.ts";
import { articleRules } from "./rules/index.ts";
import type { ArticleState } from "./rules/state.ts";
import { planEdition } from "./project.ts";
import { articleSchema, type Article, type ArticleText } from "./schema.ts";
import { rewriteRootUrls } from "./urls.ts";
import { issueText } from "./zod-advice.ts";

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
  /** Absolute path of the article file, for images relative to it (default: `file` from the working folder). */
  readonly path?: string;
  /** The site's public/ folder (default: `public` in the working folder). */
  readonly publicDir?: string;
  /** The content folder; images must lie inside it or public/ (default: the article's own folder). */
  readonly contentDir?: string;
  /** Time zone of dates without an offset when the article names none (the site's `timeZone`; default DEFAULT_TIME_ZONE). */
  readonly timeZone?: string;
  /** Whether a file exists (default: fs.existsSync); for tests. */
  readonly fileExists?: (path: string) => boolean;
};

export type ParseOutcome = { readonly article?: Article; readonly diagnostics: Diagnostic[] };

export { MAX_CATEGORY_CHARACTERS } from "./rules/name-length.ts";
/** Prefix of heading anchors: no anchor can equal an id of the page itself (`main`) or clobber a global. */
export const HEADING_ID_PREFIX = "s-";

type BodySection = { heading: Heading | null; nodes: RootContent[] };

export function parseArticle(source: string, options: ParseOptions): ParseOutcome {
  return parseArticles([{ source, options }])[0] ?? { diagnostics: [] };
}

/** An article read and checked, waiting for its texts to be converted. */
type Prepared = {
  readonly file: VFile;
  readonly pending?: {
    readonly requests: readonly ConversionRequest[];
    /** Builds the article from the converted texts, one list per request. */
    readonly complete: (converted: readonly (readonly string[])[]) => Article | undefined;
  };
};

/**
 * Parses many articles, sending all their texts to opencc in one call per direction: converting
 * between other work is about twice as slow, as the parser's memory traffic evicts opencc's
 * dictionaries from the processor's caches.
 */
export function parseArticles(items: readonly { source: string; options: ParseOptions }[]): ParseOutcome[] {
  const prepared: Prepared[] = items.map(({ source, options }) => {
    const file = new VFile({ path: options.file });
    return guarded(file, () => prepareArticle(source, options, file)) ?? { file };
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
    const { pending, file } = item;
    const name = items[index]?.options.file ?? "";
    if (pending === undefined) return finish(file, name, undefined);
    const mine = converted?.slice(next, next + pending.requests.length);
    next += pending.requests.length;
    const article = guarded(file, () => pending.complete(mine ?? convertRequests(pending.requests)));
    return finish(file, name, article);
  });
}
/**
 * Runs a step of parsing that reports into `file`. Last line of defence: a parser bug must not stop
 * the build from listing every other file, so an exception becomes one more message.
 */
function guarded<T>(file: VFile, step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const overflow = error instanceof RangeError && /call stack/i.test(detail);
    report(
      file,
      overflow
        ? "The article is nested too deeply to read: flatten deeply nested lists, quotes, emphasis or HTML tags."
        : `Internal error while reading this article (${detail}): please report it to the developers with this file.`,
      { line: 1, column: 1 },
      overflow ? "nesting-too-deep" : "internal-error",
    );
    return undefined;
  }
}

function finish(file: VFile, name: string, article: Article | undefined): ParseOutcome {
  const diagnostics = toDiagnostics(file, name).sort((a, b) => a.line - b.line || a.column - b.column);
  return article === undefined || hasErrors(file) ? { diagnostics } : { article, diagnostics };
}

function prepareArticle(source: string, options: ParseOptions, file: VFile): Prepared {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  file.value = text;
  const images = new Map<string, string>();
  const publicDir = resolve(options.publicDir ?? "public");
  const fileExists = options.fileExists ?? existsSync;
  const articleDir = dirname(resolve(options.path ?? options.file));
  const imagesAt: { path: string; line: number; column: number }[] = [];
  file.data.newsprint = {
    assetExists: options.assetExists,
    articleDir,
    publicDir,
    contentDir: resolve(options.contentDir ?? articleDir),
    fileExists,
    imagesAt,
    images,
  };
  const cleaned = guardText(file, text);
  if (cleaned === undefined) return { file };

  const tree = parseMarkdown(cleaned);
  const [first, ...body] = tree.children;
  if (first?.type !== "yaml") {
    report(
      file,
      /^---[ \t]*\r?\n/.test(cleaned)
        ? "The front matter opened by the `---` on line 1 is never closed: add a `---` line after its last `key: value` line."
        : "No front matter: start the file with a `---` line, then `title:`, `date:` and `source:` lines, then `---`.",
      { line: 1, column: 1 },
      /^---[ \t]*\r?\n/.test(cleaned) ? "unclosed-front-matter" : "no-front-matter",
    );
    return { file };
  }
  const fence = first.position?.start.offset ?? 0;
  if (first.value.length > MAX_FRONT_MATTER_BYTES) {
    report(
      file,
      `The front matter is ${Math.round(first.value.length / 1024)} KB long, over ${MAX_FRONT_MATTER_BYTES / 1024} KB: keep it to the article's facts (title, date, source…) and put text in the body.`,
      fence,
      "front-matter-too-large",
    );
    return { file };
  }
  const yamlStart = fence + (/^---[ \t]*\r\n/.test(cleaned.slice(fence, fence + 8)) ? 5 : 4);
  const { data, offsetOf } = readFrontMatter(first.value, yamlStart, fence, file);

  checkBody(tree, file);
  const safeSections = splitSections(body).map((section) => ({
    heading: section.heading,
    hast: toSafeHast(withFootnotes(section.nodes, body), file),
  }));
  const state: ArticleState = {
    data,
    offsetOf,
    body,
    sections: safeSections,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    defaultSlug: options.defaultSlug,
  };
  file.data.article = state;
  articleRules.runSync(tree, file);
  const slug = data?.slug ?? options.defaultSlug;
  const lead = state.lead;
  if (data === undefined || hasErrors(file)) return { file };
  const timeZone = data.timeZone ?? options.timeZone ?? DEFAULT_TIME_ZONE;
  const published = readMoment(data.date, timeZone);
  const updated = data.updated === undefined ? undefined : readMoment(data.updated, timeZone).date;

  const editions = options.editions ?? options.converter.settings.editions;
  const script: Script = data.script ?? detectScript(`${data.title}\n${mdastText({ type: "root", children: body })}`);
  const language = sourceLanguage(script, { ...options.converter.settings, editions });
  const hastSections = safeSections.map((section) => ({
    heading: section.heading === null ? null : mdastText(section.heading),
    hast: rewriteRootUrls(section.hast, options.base ?? "/"),
  }));
  const ids = sectionIds(
    hastSections.map((s) => s.heading),
    options.converter,
    language,
  );
  const surnames = surnamesOf(options.converter.settings);
  const byline = (name: string) => bylineName(name, script, surnames);
  const plans = editions.map((target) => planEdition(data, hastSections, ids, target, byline));
  const slugOffset = data.slug === undefined ? undefined : offsetOf(["slug"]);
  const slugAt = slugOffset === undefined ? undefined : pointAt(file, slugOffset);
  const complete = (converted: readonly (readonly string[])[]): Article | undefined => {
    const built: Record<string, ArticleText> = Object.fromEntries(
      plans.map((plan, index) => [plan.target.id, plan.build(converted[index] ?? [])]),
    );
    const candidate = {
      slug,
      date: published.date,
      day: published.day,
      timeZone,
      ...(updated === undefined ? {} : { updated }),
      featured: data.featured ?? false,
      draft: data.draft ?? false,
      ...(lead === undefined || data.image === undefined ? {} : { image: { src: data.image.src, path: lead } }),
      images: [...new Set(images.values())],
      imagesAt,
      script,
      ...(data.originalUrl === undefined ? {} : { originalUrl: data.originalUrl }),
      file: options.file,
      ...(slugAt === undefined ? {} : { slugAt: { line: slugAt.line, column: slugAt.column } }),
      editions: built,
    };
    const validated = articleSchema.safeParse(candidate);
    if (!validated.success) {
      for (const issue of validated.error.issues) {
        report(file, issueText(issue), issue.path[0] === "slug" ? slugOffset : undefined, "invalid-value");
      }
      return undefined;
    }
    return validated.data;
  };
  const requests = plans.map((plan) => ({
    converter: options.converter,
    from: language,
    to: plan.target,
    texts: plan.texts,
    ...(data.conversion === undefined ? {} : { article: data.conversion }),
  }));
  return { file, pending: { requests, complete } };
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
      : HEADING_ID_PREFIX +
        (slugger.slug(converter.convert(heading, language, ANCHOR_EDITION)) || slugger.slug("section")),
  );
}

function splitSections(body: readonly RootContent[]): BodySection[] {
  const sections: BodySection[] = [{ heading: null, nodes: [] }];
  for (const node of body) {
    if (node.type === "heading" && node.depth === 2) sections.push({ heading: node, nodes: [] });
    else sections[sections.length - 1]?.nodes.push(node);
  }
  return sections[0]?.nodes.length === 0 && sections.length > 1 ? sections.slice(1) : sections;
}
