import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The corpus folder, absolute or relative to the baseline's root. */
const base = process.env["BENCH_CONTENT_DIR"] ?? "../../../content";

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: "**/*.md", base }),
    schema: z.object({
      title: z.string(),
      date: z.coerce.date(),
      source: z.string(),
      breadcrumb: z.array(z.string()).optional(),
      reprintedFrom: z.string().optional(),
      script: z.enum(["hans", "hant"]).optional(),
    }),
  }),
};
