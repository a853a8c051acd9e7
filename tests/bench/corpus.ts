/**
 * Deterministic benchmark corpus: N news articles of about 2,500 Chinese characters, half written
 * in Simplified (`script: hans`), half in Traditional (`script: hant`, converted with opencc-js cn→tw).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { FRONT_MATTER_KEYS } from "../../src/lib/article/schema.ts";
import { scene } from "../fixtures/newsroom/make-images.ts";
import { CATEGORIES, HEADINGS, REPRINTS, SENTENCES, SITES, SLOTS, TITLES, TOPICS, type Topic } from "./bank.ts";

export type CorpusArticle = {
  /** File name below the corpus folder, e.g. `2019/2019-03-14-a00001.md`. */
  readonly file: string;
  /** Photos next to the article: file name below the corpus folder, and which generated photo it is. */
  readonly photos?: readonly { readonly file: string; readonly pool: number }[];
  readonly slug: string;
  readonly script: "hans" | "hant";
  readonly text: string;
};

export type Corpus = { readonly dir: string; readonly articles: readonly CorpusArticle[]; readonly chars: number };

/** Characters of body text aimed at per article (Han characters and punctuation, no markup). */
const TARGET_CHARS = 2500;
const SECTIONS = 3;

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function fill(rng: Rng, template: string, fixed: Partial<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = fixed[slot];
    if (value !== undefined) return value;
    if (slot === "n") return String(int(rng, 2, 980));
    if (slot === "k") return String(int(rng, 2, 18));
    if (slot === "t") return String(int(rng, 5, 39));
    if (slot === "pct") return `${int(rng, 1, 30)}.${int(rng, 0, 9)}%`;
    if (slot === "year") return String(int(rng, 2005, 2025));
    if (slot === "day") return String(int(rng, 1, 28));
    const options = (SLOTS as Record<string, readonly string[]>)[slot];
    return options === undefined ? slot : pick(rng, options);
  });
}

/** Sentences of the article's topic mixed with a few from other topics, in a per-article order. */
function sentenceStream(rng: Rng, topic: Topic, fixed: Partial<Record<string, string>>): () => string {
  let queue: string[] = [];
  return () => {
    if (queue.length === 0) {
      const others = TOPICS.filter((t) => t !== topic).flatMap((t) => shuffled(rng, SENTENCES[t]).slice(0, 3));
      queue = shuffled(rng, [...SENTENCES[topic], ...others]);
    }
    return fill(rng, queue.pop() as string, fixed);
  };
}

const countChars = (text: string): number => text.replace(/[\s*#>\-[\]()a-z0-9:/.]/gi, "").length;

/**
 * Every article gets a lead photo and every third a body figure (BENCH_PHOTOS=0: none, to measure the text path alone), once the article model has photos
 * (front matter `image`). Each article has its own files (a few generated photos, each file made
 * distinct), so each is encoded, as on a real site.
 */
export const WITH_PHOTOS = FRONT_MATTER_KEYS.includes("image") && process.env["BENCH_PHOTOS"] !== "0";
const PHOTO_POOL = 12;

export type CorpusOptions = {
  /** Size of the generated photos (default 1,600 × 1,067). */
  readonly photoSize?: readonly [number, number];
  /** Every how many articles one has photos (default 1: every article; 3: a third). */
  readonly photoEvery?: number;
  /** Simplified articles with no tags, authors or photos (the plain corpus of the archive-scale targets). */
  readonly plain?: boolean;
};

/** Whether a corpus made with these options has photos. */
export const withPhotos = (options: Pick<CorpusOptions, "plain">): boolean => WITH_PHOTOS && options.plain !== true;

/** Bylines: a newsroom's reporters, some writing in pairs. */
const REPORTERS = [
  ...SLOTS.person,
  "黄雅婷",
  "林家豪",
  "许美玲",
  "何俊杰",
  "高志明",
  "罗晓燕",
  "梁伟东",
  "谢佳琪",
  "宋建华",
  "唐丽君",
  "韩国栋",
  "冯晓东",
  "曹文静",
  "彭海燕",
] as const;

/**
 * Tags: the topic's own, a city, a theme, and a city-and-year tag, so that the number of tags grows
 * with the archive (one per city and year covered) as a newsroom's does.
 */
function tagsFor(rng: Rng, topic: Topic, fixed: { city: string; topic: string }, year: number): string[] {
  const own = shuffled(rng, CATEGORIES[topic]).slice(0, 1);
  const tags = [...own, fixed.city, fixed.topic, `${fixed.city}${year}`];
  return [...new Set(tags)].slice(0, int(rng, 2, 4));
}

/** Front-matter lines of an article's tags and authors. */
function bylines(rng: Rng, topic: Topic, fixed: { city: string; topic: string }, year: number): string[] {
  return [
    "tags:",
    ...tagsFor(rng, topic, fixed, year).map((tag) => `  - ${tag}`),
    "authors:",
    ...shuffled(rng, REPORTERS)
      .slice(0, rng() < 0.2 ? 2 : 1)
      .map((name) => `  - ${name}`),
  ];
}

/** The date given to a newly published article (newer than any generated one, 2005–2025). */
export const PUBLISH_DATE = "2026-06-01T08:00:00+08:00";

export function generateArticle(
  index: number,
  seed: number,
  options: Pick<CorpusOptions, "photoEvery" | "plain"> & { readonly date?: string } = {},
): Omit<CorpusArticle, "text"> & { hans: string } {
  const rng = random(seed * 1_000_003 + index);
  const topic = pick(rng, TOPICS);
  let year = int(rng, 2005, 2025);
  let month = int(rng, 1, 12);
  let day = int(rng, 1, 28);
  if (options.date !== undefined)
    [year, month, day] = options.date.slice(0, 10).split("-").map(Number) as [number, number, number];
  const fixed = { city: pick(rng, SLOTS.city), org: pick(rng, SLOTS.org), topic: pick(rng, SLOTS.topic) };
  const next = sentenceStream(rng, topic, fixed);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const slug = `${date}-a${String(index).padStart(5, "0")}`;
  const script = index % 2 === 0 || options.plain === true ? "hans" : "hant";

  const paragraph = (chars: number): string => {
    let text = "";
    while (countChars(text) < chars) text += next();
    return text;
  };
  const perSection = Math.round((TARGET_CHARS * 0.74) / SECTIONS);
  const blocks: string[] = [paragraph(150), paragraph(180)];
  const headings = shuffled(rng, HEADINGS[topic]).slice(0, SECTIONS);
  for (const [s, heading] of headings.entries()) {
    blocks.push(`## ${heading}`);
    let written = 0;
    let p = 0;
    while (written < perSection) {
      let text = paragraph(int(rng, 150, 260));
      // A little inline Markdown, as real articles have.
      if (p === 1 && s === 0) text = text.replace(/^([^，]+)，/, "**$1**，");
      if (p === 2 && s === 1 && rng() < 0.5) text = `> ${text}`;
      if (p === 1 && s === 2 && rng() < 0.3) {
        text += `详情请见[${fixed.org}网站](https://www.example.gov.cn/${slug}.html)。`;
      }
      if (p === 0 && s === 2 && rng() < 0.05) text += "<sup>注</sup>";
      blocks.push(text);
      written += countChars(text);
      p++;
    }
  }

  const categories = shuffled(rng, CATEGORIES[topic]).slice(0, int(rng, 1, 3));
  const photos: { file: string; pool: number }[] = [];
  const photoLines: string[] = [];
  const photoEvery = options.photoEvery ?? 1;
  if (withPhotos(options) && index % photoEvery === 0) {
    photos.push({ file: join(String(year), `${slug}.jpg`), pool: index % PHOTO_POOL });
    photoLines.push(
      "image:",
      `  src: ./${slug}.jpg`,
      `  alt: ${fixed.city}${fixed.org}工作现场`,
      `  caption: ${fill(rng, "{city}{org}工作人员在现场。", fixed)}`,
      "  credit: 本报记者摄",
    );
    if ((index / photoEvery) % 3 === 0) {
      photos.push({ file: join(String(year), `${slug}-2.jpg`), pool: (index + 5) % PHOTO_POOL });
      blocks.splice(blocks.length - 1, 0, `![${fixed.city}街景](./${slug}-2.jpg "${fixed.city}街头一景。")`);
    }
  }
  const front = [
    "---",
    `title: ${fill(rng, pick(rng, TITLES[topic]), fixed)}`,
    `date: ${options.date ?? (withPhotos(options) ? `${date}T${String(int(rng, 6, 22)).padStart(2, "0")}:${String(int(rng, 0, 59)).padStart(2, "0")}:00+08:00` : date)}`,
    ...photoLines,
    ...(options.plain === true ? [] : bylines(rng, topic, fixed, year)),
    `source: ${fixed.org}`,
    "breadcrumb:",
    ...[fill(rng, pick(rng, SITES), fixed), ...categories].map((level) => `  - ${level}`),
    ...(rng() < 0.3 ? [`reprintedFrom: ${fill(rng, pick(rng, REPRINTS), fixed)}`] : []),
    `script: ${script}`,
    "---",
  ];
  const hans = `${front.join("\n")}\n\n${blocks.join("\n\n")}\n`;
  return { file: join(String(year), `${slug}.md`), slug, script, hans, ...(photos.length > 0 ? { photos } : {}) };
}

let toTraditional: ((text: string) => string) | undefined;

/** News photos (1,600 × 1,067 unless told, with grain so that encoders work as on a photograph), made once. */
async function photoPool(dir: string, [width, height]: readonly [number, number]): Promise<string[]> {
  const poolDir = join(dir, ".photos");
  mkdirSync(poolDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < PHOTO_POOL; i++) {
    const file = join(poolDir, `${i}.jpg`);
    writeFileSync(file, await scene(width, height, i + 1, "jpeg", 14));
    files.push(file);
  }
  return files;
}

/**
 * A pool photo made a file of its own: the same pixels with a JPEG comment naming the file. Astro
 * names an image by a hash of its bytes and encodes each distinct one once, so plain copies would
 * all share the pool's twelve encodes; a real site's photos are all different.
 */
function distinct(pool: Buffer | undefined, name: string): Buffer {
  if (pool === undefined) throw new Error("no photo pool");
  const comment = Buffer.from(name, "utf8");
  const header = Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]);
  // After SOI (FF D8), before the rest of the file.
  return Buffer.concat([pool.subarray(0, 2), header, comment, pool.subarray(2)]);
}

/** Writes the corpus into `dir` (which should be empty) and returns its articles. */
export async function writeCorpus(
  dir: string,
  count: number,
  seed: number,
  options: CorpusOptions = {},
): Promise<Corpus> {
  const pool = withPhotos(options)
    ? (await photoPool(dir, options.photoSize ?? [1600, 1067])).map((file) => readFileSync(file))
    : [];
  const articles: CorpusArticle[] = [];
  let chars = 0;
  for (let index = 0; index < count; index++) {
    const article = writeArticle(dir, generateArticle(index, seed, options), pool);
    articles.push(article);
    chars += countChars(article.text.slice(article.text.indexOf("\n---\n") + 5));
  }
  return { dir, articles, chars };
}

/**
 * Writes one more article into a corpus, dated after every other one (a story published today: it
 * leads the front page, its section, tags and author), with its photos if it has any; returns it
 * and a function that removes it again.
 */
export async function publishArticle(
  corpus: Corpus,
  seed: number,
  options: CorpusOptions = {},
): Promise<{ article: CorpusArticle; remove: () => void }> {
  const generated = generateArticle(corpus.articles.length, seed, { ...options, date: PUBLISH_DATE });
  const pool = withPhotos(options) && generated.photos ? [readFileSync(join(corpus.dir, ".photos", "0.jpg"))] : [];
  // Its photos are made from the pool's first photo, each file distinct.
  const photos = generated.photos?.map((photo) => ({ ...photo, pool: 0 }));
  const article = writeArticle(corpus.dir, { ...generated, ...(photos ? { photos } : {}) }, pool);
  const files = [article.file, ...(article.photos ?? []).map((photo) => photo.file)];
  return { article, remove: () => files.forEach((file) => rmSync(join(corpus.dir, file), { force: true })) };
}

function writeArticle(
  dir: string,
  { hans, ...article }: ReturnType<typeof generateArticle>,
  pool: readonly Buffer[],
): CorpusArticle {
  toTraditional ??= OpenCC.Converter({ from: "cn", to: "tw" });
  const text = article.script === "hans" ? hans : toTraditional(hans);
  mkdirSync(join(dir, article.file, ".."), { recursive: true });
  writeFileSync(join(dir, article.file), text);
  for (const photo of article.photos ?? [])
    writeFileSync(join(dir, photo.file), distinct(pool[photo.pool], photo.file));
  return { ...article, text };
}

/** A sentence appended to an article for the rebuild measurement. */
export const EDIT_SENTENCE = "（本文于发布后更新：有关部门补充说明了最新进展。）";
