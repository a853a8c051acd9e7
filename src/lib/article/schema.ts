/** The validated article model. Plain TypeScript: no Astro runtime, only its Zod re-export. */
import { z } from "astro/zod";
import { frontMatterSchema } from "./fields.ts";
import { isoDate, slug, storedDate, text } from "./values.ts";

export { frontMatterSchema } from "./fields.ts";
export { dateInput, isoDate, MAX_FILE_NAME_BYTES, MAX_SLUG_BYTES, slug, slugIssue } from "./values.ts";

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export const FRONT_MATTER_KEYS = Object.keys(frontMatterSchema.shape);

const section = z.object({
  /** Anchor id, identical in both scripts; null for the lead. */
  id: z.string().nullable(),
  /** Heading text; null for the lead (the paragraphs before the first ## heading). */
  heading: z.string().nullable(),
  /** Section body as sanitized HTML. */
  html: z.string(),
});
export type Section = z.infer<typeof section>;

/**
 * All reader-visible text of an article in one edition (`ArticleText`; the edition itself, its
 * language and names, is the site's `Edition`, src/lib/site/editions.ts).
 */
const articleText = z.object({
  title: text,
  source: text,
  breadcrumb: z.array(text),
  reprintedFrom: text.optional(),
  author: text.optional(),
  /** Authors in this edition (the `authors` list, else `author`, else empty). */
  authors: z.array(text).optional(),
  tags: z.array(text).optional(),
  /** The section: `category`, else the breadcrumb's last level. */
  category: text.optional(),
  /** Lead photo's texts in this edition. */
  image: z.object({ alt: text, caption: text.optional(), credit: text.optional() }).optional(),
  summary: text,
  sections: z.array(section).min(1),
});
export type ArticleText = z.infer<typeof articleText>;

export const articleSchema = z.object({
  slug,
  /** Publication: `YYYY-MM-DD` when written as a day, else ISO 8601 with offset (`2024-05-12T08:31:00+08:00`). */
  date: storedDate,
  /** Calendar day of publication in the article's time zone, for listings. */
  day: isoDate.optional(),
  /** Time zone the dates were read in. */
  timeZone: z.string().optional(),
  /** Last update, in the same form as `date`. */
  updated: storedDate.optional(),
  featured: z.boolean().optional(),
  /** Drafts: built by `npm run dev`, never by `npm run build` (the loader filters). */
  draft: z.boolean().optional(),
  /** Lead photo: `src` as written, `path` the absolute file path for the image pipeline. */
  image: z.object({ src: z.string(), path: z.string() }).optional(),
  /** Absolute paths of local images in the body (each <img> carries its own as data-np-src). */
  images: z.array(z.string()).optional(),
  /** Where each local image (lead and body) is referenced, for messages about its file. */
  imagesAt: z.array(z.object({ path: z.string(), line: z.number().int(), column: z.number().int() })).optional(),
  /** Script the article is written in; the other edition is converted from it. */
  script: z.enum(["hans", "hant"]),
  originalUrl: z.string().optional(),
  /** Path of the Markdown file, relative to the content folder. */
  file: z.string(),
  /** Where the slug is written (the `slug:` value), for messages about it; absent when it comes from the file name. */
  slugAt: z.object({ line: z.number().int(), column: z.number().int() }).optional(),
  /** One edition per edition id of the site (`zh-hans`, `zh-hant`…). */
  editions: z.record(z.string(), articleText),
});
export type Article = z.infer<typeof articleSchema>;

/** An article's text in one edition without its sections: what listings, feeds' headers and metadata need. */
const editionHeader = articleText.omit({ sections: true });
export type EditionHeader = z.infer<typeof editionHeader>;

/**
 * What the build's content store keeps per article: everything but the rendered sections, which
 * live in a cache file (`body`) so that the store, which Astro bundles, stays small.
 */
export const articleRecordSchema = articleSchema.omit({ editions: true }).extend({
  editions: z.record(z.string(), editionHeader),
  /** Cache key of the parsed article: changes when its file or the parser changes. */
  digest: z.string(),
  /**
   * Where the sections of both editions are: a cache file shared by the articles parsed together
   * (`body`, `bodyFileSize` bytes long), at bytes `bodyStart` to `bodyStart + bodyLength`.
   */
  body: z.string(),
  bodyFileSize: z.number().int(),
  bodyStart: z.number().int(),
  bodyLength: z.number().int(),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
/** What listings need of an article: a parsed Article and a stored record both qualify. */
export type ArticleSummary = Pick<ArticleRecord, "slug" | "date"> & {
  readonly editions: Readonly<Record<string, EditionHeader>>;
};
