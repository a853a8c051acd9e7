// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

/** Deploy URL and base path: set SITE and BASE in the environment (e.g. SITE=https://example.org BASE=/news/). */
const site = process.env.SITE || undefined;
const base = process.env.BASE || "/";

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
