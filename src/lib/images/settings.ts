/**
 * The `photos` site setting: which formats every photo is offered in, and whether photos are encoded
 * at build time (newsprint's decode-once sharp service) or served by a Thumbor image server.
 */
import { z } from "astro/zod";

/** Formats offered in `<source>` elements, best first; a JPEG (PNG for PNG sources) fallback is always made. */
export const PHOTO_FORMATS = ["avif", "webp"] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

/** Environment variable holding Thumbor's SECURITY_KEY (never in the repository). */
export const THUMBOR_KEY_VARIABLE = "NEWSPRINT_THUMBOR_KEY";

export const photosSchema = z
  .strictObject({
    formats: z
      .array(z.enum(PHOTO_FORMATS))
      .refine((formats) => new Set(formats).size === formats.length, "lists a format twice")
      .default(["webp"])
      .describe(
        'Formats each photo is offered in besides the JPEG/PNG fallback: ["webp"] (default), ["avif", "webp"] (AVIF is smaller and costs about three times the encoding time (measured: docs/performance.md)), or [] (the fallback alone).',
      ),
    thumbor: z
      .strictObject({
        url: z
          .url({ protocol: /^https?$/ })
          .describe("Origin (and path) of the Thumbor server, e.g. https://img.example.org/"),
        source: z
          .string()
          .optional()
          .describe(
            "Prefix of the original's path in the image part of Thumbor URLs: the site's origin by default (Thumbor's http loader fetches the originals published under /_astro/); '' for a file loader whose root is the built site.",
          ),
      })
      .optional()
      .describe(
        `Serve photos through a Thumbor server instead of encoding them at build time; signed with the key in ${THUMBOR_KEY_VARIABLE}.`,
      ),
  })
  .default({ formats: ["webp"] })
  .describe("Photo formats and how photos are encoded (at build time, or by a Thumbor server).");

export type PhotosInput = z.input<typeof photosSchema>;
export type PhotoSettings = z.output<typeof photosSchema>;
