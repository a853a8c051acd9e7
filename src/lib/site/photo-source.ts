/**
 * What a page hands Astro's getImage() for a stored photo (src/lib/site/media.ts): an image of the
 * shape Astro gives an imported one. In a build its `src` is the original linked into the output
 * folder (src/lib/output/photo-originals.ts); in the dev server it is the file itself, served by
 * Vite, as Astro's dev server addresses imported images.
 */
import { ORIGINALS_PATH } from "../output/photo-originals.ts";
import type { StoredPhoto } from "./stored-photo.ts";
import type { ImageSource } from "./picture.ts";

export type PhotoSite = {
  /** The dev server (files served from where they are) or a build. */
  readonly dev: boolean;
  /** The site's base path (`import.meta.env.BASE_URL`). */
  readonly base: string;
};

export function photoSource(photo: StoredPhoto, site: PhotoSite): ImageSource {
  const { width, height, format } = photo;
  if (site.dev) {
    const query = new URLSearchParams({ origWidth: String(width), origHeight: String(height), origFormat: format });
    // As Astro addresses an imported image in the dev server (astro/dist/assets/utils/node.js).
    return { src: `/@fs${photo.path}?${query}`, width, height, format };
  }
  const base = site.base.endsWith("/") ? site.base : `${site.base}/`;
  return { src: `${base}${ORIGINALS_PATH}/${photo.name}`, width, height, format };
}
