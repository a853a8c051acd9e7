/**
 * Markdown article → validated Article with both script editions.
 * Never throws on bad content: problems come back as positioned diagnostics.
 */
import GithubSlugger from "github-slugger";
import type { Root as HastRoot } from "hast";
import type { Heading, RootContent } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { toString as hastText } from "hast-util-to-string";
import { CONTINUE, EXIT, SKIP, visit } from "unist-util-visit";
import type { Converter } from "../script/converter.ts";
import { detectScript } from "../script/detect.ts";
import { applyTexts, collectTexts } from "../script/hast.ts";
import { tokenizeMarkup } from "../script/markup.ts";
import type { ArticleConversion, EditionStyle, Script, TextLanguage } from "../script/types.ts";
import { existsSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { VFile } from "vfile";
import { siteConfig } from "../../site.config.ts";
import { IMAGE_OUTSIDE_RULE, locateAsset, outsideMessage } from "./asset-bounds.ts";
import { readMoment } from "./dates.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { readFrontMatter } from "./front-matter.ts";
import { guardText, MAX_FRONT_MATTER_BYTES } from "./guards.ts";
import { checkBody, parseMarkdown, toHtml, toSafeHast } from "./markdown.ts";
import { hasErrors, pointAt, report, toDiagnostics } from "./messages.ts";
import {
  articleSchema,
  slug as slugSchema,
  slugIssue,
  type Article,
  type Edition,
  type FrontMatter,
} from "./schema.ts";
import { checkNewsDates } from "./news-dates.ts";
import { issueText } from "./zod-advice.ts";
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
  /** Absolute path of the article file, for images relative to it (default: `file` from the working folder). */
  readonly path?: string;
  /** The site's public/ folder (default: `public` in the working folder). */
  readonly publicDir?: string;
  /** The content folder, which relative images may not leave (default: the site's, else the article's folder). */
  readonly contentDir?: string;
  /** Time zone of dates without an offset when the article names none (default: siteConfig.timeZone). */
  readonly timeZone?: string;
  /** Whether a file exists (default: fs.existsSync); for tests. */
  readonly fileExists?: (path: string) => boolean;
};

export type ParseOutcome = { readonly article?: Article; readonly diagnostics: Diagnostic[] };

const SUMMARY_LENGTH = 120;
/**
 * Longest section (category) name, in characters: its URL is its pinyin, up to 7 bytes a character
 * (`zhuang-`), and a folder name may have at most 255 bytes.
 */
export const MAX_CATEGORY_CHARACTERS = 32;
/** Prefix of heading anchors: no anchor can equal an id of the page itself (`main`) or clobber a global. */
export const HEADING_ID_PREFIX = "s-";

type BodySection = { heading: Heading | null; nodes: RootContent[] };

export function parseArticle(source: string, options: ParseOptions): ParseOutcome {
  return parseArticles([{ source, options }])[0] ?? { diagnostics: [] };
}

/** What an edition needs converted: from the article's script to the edition's. */
type ConversionRequest = {
  readonly converter: Converter;
  readonly from: TextLanguage;
  readonly to: EditionStyle;
  /** The article's own rules and groups, if it declares any. */
  readonly article?: ArticleConversion;
  readonly texts: readonly string[];
};

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
/** One convertMany call per converter and direction for all requests; results in request order. */
function convertRequests(requests: readonly ConversionRequest[]): string[][] {
  const groups = new Map<Converter, Map<string, ConversionRequest[]>>();
  for (const request of requests) {
    const byDirection = groups.get(request.converter) ?? new Map<string, ConversionRequest[]>();
    groups.set(request.converter, byDirection);
    // Articles with rules of their own are converted apart from the rest of the batch.
    const rules = request.article === undefined ? "" : `|${JSON.stringify(request.article)}`;
    const key = `${request.from.script}:${request.from.standard}>${request.to.id}${rules}`;
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
        first.article,
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
  file.data.newsprint = {
    assetExists: options.assetExists,
    articleDir,
    publicDir,
    contentDir: resolve(options.contentDir ?? defaultContentDir(articleDir)),
    fileExists,
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
  const safeSections = splitSections(body).map((section) => {
    if (section.heading !== null) checkHeadingMarkup(file, section.heading);
    return { heading: section.heading, hast: toSafeHast({ type: "root", children: section.nodes }, file) };
  });
  if (!file.messages.some((message) => message.ruleId === "no-text")) checkVisibleText(file, safeSections, body);
  const slug = data?.slug ?? options.defaultSlug;
  if (data !== undefined && data.slug === undefined) checkFileNameSlug(file, slug);
  if (data !== undefined) checkCategory(file, data, offsetOf);
  if (data !== undefined) {
    const zone = data.timeZone ?? options.timeZone ?? siteConfig.timeZone;
    checkNewsDates(file, data, zone, offsetOf);
  }
  const lead = data?.image === undefined ? undefined : leadImage(file, data.image.src, offsetOf, fileExists);
  if (data === undefined || hasErrors(file)) return { file };
  const timeZone = data.timeZone ?? options.timeZone ?? siteConfig.timeZone;
  const published = readMoment(data.date, timeZone);
  const updated = data.updated === undefined ? undefined : readMoment(data.updated, timeZone).date;

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
  const slugOffset = data.slug === undefined ? undefined : offsetOf(["slug"]);
  const slugAt = slugOffset === undefined ? undefined : pointAt(file, slugOffset);
  const complete = (converted: readonly (readonly string[])[]): Article | undefined => {
    const built: Record<string, Edition> = Object.fromEntries(
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

/** The site's content folder when the article is in it, else the article's own folder. */
function defaultContentDir(articleDir: string): string {
  const site = resolve(siteConfig.contentDir);
  return articleDir === site || articleDir.startsWith(site + sep) ? site : articleDir;
}

/** A slug from the file name must be one too; reported at 1:1, naming the file. */
function checkFileNameSlug(file: VFile, slug: string): void {
  const problem = slugSchema.safeParse(slug).success
    ? slugIssue(slug)
    : "may hold only letters, digits, - and _ (no spaces, dots or other signs)";
  if (problem === undefined) return;
  report(
    file,
    `The slug "${slug}" comes from the file name ${file.path}, and ${problem}: rename the file, or set another \`slug:\` in the front matter.`,
    { line: 1, column: 1 },
    "invalid-slug",
  );
}

/** Formats the page layer's image pipeline reads. */
const PHOTO = /\.(jpe?g|png|webp|avif|gif)$/i;

/** The lead photo's file: next to the article (`./a.jpg`) or in public/ (`/media/a.jpg`); reported when unusable. */
function leadImage(
  file: VFile,
  src: string,
  offsetOf: (path: readonly (string | number)[]) => number | undefined,
  fileExists: (path: string) => boolean,
): string | undefined {
  const at = offsetOf(["image", "src"]);
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
    report(
      file,
      `"image.src" is on another host (${src}): pages load nothing from other hosts. Save the photo next to the article and write its name, e.g. ./photo.jpg.`,
      at,
      "image-remote",
    );
    return undefined;
  }
  const context = file.data.newsprint;
  const located = context === undefined ? undefined : locateAsset(src, context);
  if (located?.inside === false) {
    report(file, outsideMessage('"image.src"', src), at, IMAGE_OUTSIDE_RULE);
    return undefined;
  }
  const path = located?.path ?? resolve(src);
  if (!PHOTO.test(src)) {
    report(
      file,
      `"image.src" is not a photo (jpg, jpeg, png, webp, avif or gif): use one of these formats.`,
      at,
      "image-format",
    );
    return undefined;
  }
  if (!fileExists(path)) {
    report(
      file,
      `"image.src" does not exist: add ${relative(process.cwd(), path)} or fix the path.`,
      at,
      "image-missing",
    );
    return undefined;
  }
  return path;
}

/** The category (the breadcrumb's last level) names a folder: its name is limited. */
function checkCategory(
  file: VFile,
  data: FrontMatter,
  offsetOf: (path: readonly (string | number)[]) => number | undefined,
): void {
  const levels = data.breadcrumb ?? [];
  const named: [readonly (string | number)[], string | undefined, string][] = [
    data.category === undefined
      ? [["breadcrumb", levels.length - 1], levels.at(-1), "The breadcrumb's last level names the article's section"]
      : [["category"], data.category, "The category names the article's section"],
    ...(data.tags ?? []).map((tag, i): [(string | number)[], string, string] => [
      ["tags", i],
      tag,
      "A tag names a page",
    ]),
    ...(data.authors ?? []).map((name, i): [(string | number)[], string, string] => [
      ["authors", i],
      name,
      "An author names a page",
    ]),
  ];
  for (const [path, name, what] of named) {
    const length = name === undefined ? 0 : [...name].length;
    if (length <= MAX_CATEGORY_CHARACTERS) continue;
    report(
      file,
      `${what}, and its web address comes from it: it has ${length} characters, shorten it to at most ${MAX_CATEGORY_CHARACTERS}.`,
      offsetOf(path),
      "category-too-long",
    );
  }
}

/** `-{…}-` markup in a section heading, converted like any text. */
function checkHeadingMarkup(file: VFile, heading: Heading): void {
  const text = mdastText(heading);
  if (!text.includes("-{")) return;
  for (const error of tokenizeMarkup(text).errors) {
    report(file, error.message, heading.position?.start, "conversion-markup");
  }
}

/** An article whose body shows nothing (only HTML the sanitizer removes) is not published empty. */
function checkVisibleText(
  file: VFile,
  sections: readonly { heading: Heading | null; hast: HastRoot }[],
  body: readonly RootContent[],
): void {
  for (const { hast } of sections) {
    if (hastText(hast).trim() !== "") return;
    let image = false;
    visit(hast, "element", (node) => {
      if (node.tagName !== "img") return CONTINUE;
      image = true;
      return EXIT;
    });
    if (image) return;
  }
  report(
    file,
    "The article shows no text: everything after the front matter is HTML that pages leave out. Write the text as ordinary Markdown paragraphs.",
    body[0]?.position?.start,
    "no-visible-text",
  );
}

/** The texts an edition needs converted, and how to build it from them once converted. */
function planEdition(
  data: FrontMatter,
  sections: readonly { heading: string | null; hast: HastRoot }[],
  ids: readonly (string | null)[],
  target: EditionStyle,
): { target: EditionStyle; texts: string[]; build: (converted: readonly string[]) => Edition } {
  // Everything the edition shows: header fields, then the breadcrumb, headings and section text.
  const image = data.image;
  const fields = [
    data.title,
    data.source,
    data.reprintedFrom ?? "",
    data.author ?? "",
    data.summary ?? "",
    data.category ?? "",
    image?.alt ?? "",
    image?.caption ?? "",
    image?.credit ?? "",
  ];
  // Lists, one after another: breadcrumb, authors, tags, then the headings.
  const lists = [
    data.breadcrumb ?? [],
    data.authors ?? (data.author === undefined ? [] : [data.author]),
    data.tags ?? [],
  ];
  const headings = sections.map((section) => section.heading ?? "");
  const trees = sections.map((section) => section.hast);
  const loose = [...fields, ...lists.flat(), ...headings];
  const build = (converted: readonly string[]): Edition => {
    const applied = applyTexts(trees, converted, loose.length);
    const [title = "", source = "", reprintedFrom = "", author = "", summary = "", category = ""] = applied.texts;
    const [alt = "", caption = "", credit = ""] = applied.texts.slice(6, 9);
    let next = fields.length;
    const [breadcrumb = [], authors = [], tags = []] = lists.map((items) => {
      const out = applied.texts.slice(next, next + items.length);
      next += items.length;
      return out;
    });
    const convertedHeadings = applied.texts.slice(next);
    const section = data.category === undefined ? breadcrumb.at(-1) : category;
    return {
      title,
      source,
      breadcrumb,
      ...(data.reprintedFrom === undefined ? {} : { reprintedFrom }),
      ...(data.author === undefined ? {} : { author }),
      authors,
      tags,
      ...(section === undefined ? {} : { category: section }),
      ...(image === undefined
        ? {}
        : {
            image: {
              alt,
              ...(image.caption === undefined ? {} : { caption }),
              ...(image.credit === undefined ? {} : { credit }),
            },
          }),
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
      : HEADING_ID_PREFIX +
        (slugger.slug(converter.convert(heading, language, ANCHOR_EDITION)) || slugger.slug("section")),
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
