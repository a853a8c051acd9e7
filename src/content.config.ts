import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { articleRecordSchema } from "./lib/article/schema.ts";
import { articleLoader } from "./loaders/articles.ts";
import { photosSchema } from "./lib/site/stored-photo.ts";
import { siteConfig } from "virtual:newsprint/config";

/** Warnings stored with an article, reported again by builds that reuse it. */
const warningsSchema = z
  .array(
    z.object({
      file: z.string(),
      line: z.number(),
      column: z.number(),
      severity: z.enum(["error", "warning"]),
      message: z.string(),
      ruleId: z.string().optional(),
    }),
  )
  .default([]);

export const collections = {
  articles: defineCollection({
    loader: articleLoader({
      contentDir: siteConfig.contentDir,
      conversion: siteConfig.conversion,
      timeZone: siteConfig.timeZone,
    }),
    // Photos checked and described for Astro's image pipeline (src/lib/site/media.ts).
    schema: articleRecordSchema.extend({
      photos: photosSchema,
      warnings: warningsSchema,
      photoWarnings: warningsSchema,
    }),
  }),
};
