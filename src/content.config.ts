import { defineCollection } from "astro:content";
import { articleLoader } from "./loaders/articles.ts";
import { siteConfig } from "./site.config.ts";

export const collections = {
  articles: defineCollection({
    loader: articleLoader({ contentDir: siteConfig.contentDir, conversion: siteConfig.conversion }),
  }),
};
