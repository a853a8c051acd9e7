// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

/**
 * Deployment: SITE is the public origin (canonical URLs, feeds, sitemap), BASE the sub-path.
 * e.g. SITE=https://example.org BASE=/news/ npm run build
 */
const DEFAULT_SITE = "http://localhost:4321";
const site = process.env.SITE || DEFAULT_SITE;
const base = process.env.BASE || "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: "zh-hant", locales: { "zh-hant": "zh-Hant", "zh-hans": "zh-Hans" } },
      // Only real content pages: not the root redirect, search results or the 404 page.
      filter: (page) => /\/zh-han[st]\//.test(page) && !/\/search\/$/.test(page),
    }),
  ],
  devToolbar: { enabled: false },
});
