/**
 * A photo an article uses, as the content store keeps it (checked by src/lib/site/media.ts), and
 * what pages derive from it. No file access here: pages import it.
 */
import { z } from "astro/zod";

/** A photo in use, as the content store keeps it. */
export const storedPhotoSchema = z.object({
  /** The file encoded (real path: the photo, or the still first frame of an animation). */
  path: z.string(),
  /** The original's file name in the site's asset folder: its name's safe part, digest and format. */
  name: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.string(),
  /** The photo as the article names it (absolute), its size and modification time when checked. */
  source: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
});
export type StoredPhoto = z.infer<typeof storedPhotoSchema>;

export const photosSchema = z
  .object({ lead: storedPhotoSchema.optional(), body: z.array(z.object({ key: z.string(), src: storedPhotoSchema })) })
  .default({ body: [] });
export type Photos = z.infer<typeof photosSchema>;

/** The lead photo, then the body photos. */
export function photosIn(photos: Photos | undefined): StoredPhoto[] {
  return [...(photos?.lead === undefined ? [] : [photos.lead]), ...(photos?.body ?? []).map((photo) => photo.src)];
}

/** The photos an article shows, as one string: their names hold their content's digest. */
export function photosKey(photos: Photos | undefined): string {
  return photosIn(photos)
    .map((photo) => photo.name)
    .join(" ");
}
