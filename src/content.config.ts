import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { articleRecordSchema } from "./lib/article/schema.ts";
import { articleLoader } from "./loaders/articles.ts";
import { siteConfig } from "virtual:newsprint/config";

export const collections = {
  articles: defineCollection({
    loader: articleLoader({
      contentDir: siteConfig.contentDir,
      conversion: siteConfig.conversion,
      timeZone: siteConfig.timeZone,
    }),
    // Photos (src/lib/site/media.ts) become image metadata for Astro's image pipeline.
    schema: ({ image }) =>
      articleRecordSchema.extend({
        photos: z
          .object({ lead: image().optional(), body: z.array(z.object({ key: z.string(), src: image() })) })
          .default({ body: [] }),
        // The article's warnings (parser and photos), reported again by builds that reuse it.
        warnings: z
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
          .default([]),
      }),
  }),
};
