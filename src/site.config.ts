/**
 * Site settings: the one place to name the site, list its editions and choose how text is converted.
 * Plain data: validated once when Astro (or a tool) starts (src/config/load.ts, the schema with a
 * description of every setting in src/lib/site/config.ts); a problem stops the build with the
 * setting's name and what to do. The deploy URL and base path come from astro.config.mjs (SITE and
 * BASE environment variables); NEWSPRINT_SITE_CONFIG may name a JSON file that replaces these settings.
 *
 * Adding an edition is one entry in `editions`, e.g. a Hong Kong edition:
 *   { id: "zh-hant-hk", lang: "zh-Hant-HK", script: "hant", standard: "hk", label: "港",
 *     name: "繁體中文（香港）", browserLanguages: ["zh-HK", "zh-MO"], siteName: "…", description: "…" }
 */
import type { SiteConfigInput } from "./lib/site/config.ts";

export const defaultSiteConfig: SiteConfigInput = {
  editions: [
    {
      id: "zh-hant",
      lang: "zh-Hant",
      script: "hant",
      // twp: Taiwan characters and vocabulary (软件→軟體, 信息→資訊, 出租车→計程車), as a Taiwan
      // newsroom writes; tw: Taiwan characters only, mainland words kept; hk: Hong Kong; t: OpenCC standard.
      standard: "twp",
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

export default defaultSiteConfig;
