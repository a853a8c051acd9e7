/**
 * Site settings: the one place to name the site, list its editions and choose how text is converted.
 * The deploy URL and base path come from astro.config.mjs (SITE and BASE environment variables).
 *
 * Adding an edition is one entry in `editions`, e.g. a Hong Kong edition:
 *   { id: "zh-hant-hk", lang: "zh-Hant-HK", script: "hant", standard: "hk", label: "港",
 *     name: "繁體中文（香港）", browserLanguages: ["zh-HK", "zh-MO"], siteName: "…", description: "…" }
 */
import { readFileSync } from "node:fs";
import { z } from "astro/zod";
import { duplicateEditions, EditionRegistry, editionsSchema, type EditionInput } from "./lib/site/editions.ts";
import type { ConversionOverride, ConversionSettings } from "./lib/script/types.ts";

export type SiteConfigInput = {
  readonly editions: readonly EditionInput[];
  /** Edition for readers with no remembered choice and no matching browser language (default: the first). */
  readonly defaultEdition?: string;
  /** Time zone of dates written without an offset (IANA name). */
  readonly timeZone?: string;
  /** Masthead order of sections (names in any edition, or slugs); sections not listed follow, largest first. */
  readonly sections?: readonly string[];
  readonly conversion?: {
    readonly overrides?: readonly ConversionOverride[];
    readonly groups?: readonly string[];
    /** Surnames kept in their name form in person names, added to data/conversion/surnames.json: `{ "钟": "鍾" }`. */
    readonly surnames?: Readonly<Record<string, string>>;
  };
};

export const defaultSiteConfig: SiteConfigInput = {
  editions: [
    {
      id: "zh-hant",
      lang: "zh-Hant",
      script: "hant",
      // tw: Taiwan characters; twp: Taiwan with phrases (软件→軟體); hk: Hong Kong; t: OpenCC standard.
      standard: "tw",
      label: "繁",
      name: "繁體中文",
      browserLanguages: ["zh-TW", "zh-HK", "zh-MO", "zh-Hant"],
      siteName: "新聞印刷",
      description: "新聞文章，繁體與簡體並行發佈。",
    },
    {
      id: "zh-hans",
      lang: "zh-Hans",
      script: "hans",
      label: "简",
      name: "简体中文",
      browserLanguages: ["zh-CN", "zh-SG", "zh-MY", "zh-Hans", "zh"],
      siteName: "新闻印刷",
      description: "新闻文章，繁体与简体并行发布。",
    },
  ],
  defaultEdition: "zh-hant",
  timeZone: "Asia/Shanghai",
  conversion: {
    // Words opencc-js gets wrong in news text: each is written as given in both scripts.
    overrides: [
      { hans: "被发明", hant: "被發明" },
      { hans: "展示了如何", hant: "展示了如何" },
      { hans: "参与制造", hant: "參與製造" },
      { hans: "一只只", hant: "一隻隻" },
      { hans: "中文采访", hant: "中文採訪" },
    ],
    groups: [],
  },
};

const siteConfigSchema = z.strictObject({
  editions: editionsSchema,
  defaultEdition: z.string().optional(),
  sections: z.array(z.string().min(1)).default([]),
  timeZone: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "is not an IANA time zone, e.g. Asia/Shanghai")
    .default("Asia/Shanghai"),
  conversion: z
    .strictObject({
      overrides: z.array(z.strictObject({ hans: z.string(), hant: z.string() })).default([]),
      groups: z.array(z.string()).default([]),
      surnames: z
        .record(
          z.string().regex(/^\p{Script=Han}$/u, "each surname is one Chinese character"),
          z.string().regex(/^\p{Script=Han}$/u, 'must be one Chinese character: the name form, e.g. "钟": "鍾"'),
        )
        .default({}),
    })
    .default({ overrides: [], groups: [], surnames: {} }),
});

export type SiteConfig = {
  readonly editions: EditionRegistry;
  readonly timeZone: string;
  /** Masthead order of sections (names or slugs); the others follow. */
  readonly sections: readonly string[];
  /** Folder of Markdown articles, relative to the project root. */
  readonly contentDir: string;
  readonly conversion: ConversionSettings;
};

/** Validates a configuration; throws with every problem listed. */
export function loadSiteConfig(input: unknown, contentDir = "content"): SiteConfig {
  const parsed = siteConfigSchema.safeParse(input);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }))),
    ...duplicateEditions((input as { editions?: unknown } | null)?.editions),
  ];
  if (!parsed.success || problems.length > 0) {
    const lines = problems.map(({ path, message }) => `  ${path || "(config)"}: ${message}`);
    throw new Error(`The site configuration is invalid:\n${lines.join("\n")}`);
  }
  const { editions, defaultEdition, timeZone, sections, conversion } = parsed.data;
  if (defaultEdition !== undefined && !editions.some((edition) => edition.id === defaultEdition)) {
    throw new Error(`The site configuration is invalid:\n  defaultEdition: "${defaultEdition}" is not an edition id.`);
  }
  const registry = new EditionRegistry(editions, defaultEdition);
  return {
    editions: registry,
    timeZone,
    sections,
    contentDir,
    conversion: {
      editions: editions.map(({ id, lang, script, standard, variants, quotes }) => ({
        id,
        lang,
        script,
        standard,
        variants,
        quotes,
      })),
      overrides: conversion.overrides,
      groups: conversion.groups,
      ...(Object.keys(conversion.surnames).length > 0 ? { surnames: conversion.surnames } : {}),
    },
  };
}

/** NEWSPRINT_SITE_CONFIG names a JSON file that replaces the settings above (tests, several sites from one checkout). */
const configFile = process.env["NEWSPRINT_SITE_CONFIG"];
export const siteConfig: SiteConfig = loadSiteConfig(
  configFile ? JSON.parse(readFileSync(configFile, "utf8")) : defaultSiteConfig,
  process.env["NEWSPRINT_CONTENT_DIR"] || "content",
);
