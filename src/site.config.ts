/**
 * Site settings: the one place to name the site and choose how Traditional text is produced.
 * The deploy URL and base path come from astro.config.mjs (SITE and BASE environment variables).
 */
import type { ConversionSettings, Script } from "./lib/script/types.ts";

export type SiteConfig = {
  /** Site name per script, shown in the header and <title>. */
  readonly name: Readonly<Record<Script, string>>;
  readonly description: Readonly<Record<Script, string>>;
  /** Script for readers with no remembered choice and no Chinese browser preference. */
  readonly defaultScript: Script;
  /** Folder of Markdown articles, relative to the project root. */
  readonly contentDir: string;
  readonly conversion: ConversionSettings;
};

export const siteConfig: SiteConfig = {
  name: { hant: "新聞印刷", hans: "新闻印刷" },
  description: {
    hant: "新聞文章，繁體與簡體並行發佈。",
    hans: "新闻文章，繁体与简体并行发布。",
  },
  defaultScript: "hant",
  contentDir: process.env["NEWSPRINT_CONTENT_DIR"] || "content",
  conversion: {
    // tw: Taiwan characters (default); twp: Taiwan with phrases (软件→軟體); hk: Hong Kong; t: OpenCC standard.
    traditional: "tw",
    // Words opencc-js gets wrong in news text: each is written as given in both scripts.
    overrides: [
      { hans: "被发明", hant: "被發明" },
      { hans: "展示了如何", hant: "展示了如何" },
      { hans: "参与制造", hant: "參與製造" },
      { hans: "一只只", hant: "一隻隻" },
      { hans: "中文采访", hant: "中文採訪" },
    ],
  },
};
