/** A stored photo (src/lib/site/media.ts) as the image Astro's getImage() takes, in a build or the dev server. */
import type { Photos, StoredPhoto } from "../lib/site/stored-photo.ts";
import { photoSource } from "../lib/site/photo-source.ts";
import type { ImageSource } from "../lib/site/picture.ts";

export function photoOf(photo: StoredPhoto | undefined): ImageSource | undefined {
  return photo === undefined
    ? undefined
    : photoSource(photo, { dev: import.meta.env.DEV, base: import.meta.env.BASE_URL });
}

/** An article's photos, each as getImage() takes it. */
export function photosOf(photos: Photos | undefined): {
  lead?: ImageSource;
  body: { key: string; src: ImageSource }[];
} {
  const lead = photoOf(photos?.lead);
  const body = (photos?.body ?? []).map(({ key, src }) => ({ key, src: photoOf(src) as ImageSource }));
  return lead === undefined ? { body } : { lead, body };
}

/** Articles with their photos as getImage() takes them (feeds: the few they show). */
export function withPhotoSources<A extends { readonly photos?: Photos | undefined }>(
  articles: readonly A[],
): (Omit<A, "photos"> & { photos: ReturnType<typeof photosOf> })[] {
  return articles.map((article) => ({ ...article, photos: photosOf(article.photos) }));
}
