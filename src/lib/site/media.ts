/**
 * Photos of an article, checked (src/lib/site/photo-check.ts) and described for the image pipeline:
 * an image Astro cannot read would stop the whole build with a message naming neither article nor
 * image, or be published damaged, so an unusable one is reported at the line naming it and left
 * out (the page then shows its caption and alt text without the picture). A photo in use is stored
 * with its size, format and content digest: pages hand Astro's getImage() an image of that
 * description (src/lib/site/photo-source.ts) and the build links the original where Astro's image
 * generation reads it (src/lib/output/photo-originals.ts), so no original passes through the
 * bundler (Astro's image() helper makes every original a module whose bytes Vite holds in memory
 * and reads again in every build).
 */
import { statSync } from "node:fs";
import { basename, dirname, extname, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../article/diagnostics.ts";
import { shownReference } from "../article/image-file.ts";
import { imageFilesOf } from "./news.ts";
import { checkPhoto, type CheckedImage } from "./photo-check.ts";
import { photosIn, type Photos, type StoredPhoto } from "./stored-photo.ts";

/** Narrower than this, a photo is drawn smaller than the text column (38rem = 608 CSS px) rather than stretched. */
export const COLUMN_WIDTH = 608;

type Reference = { readonly path: string; readonly line: number; readonly column: number };

/**
 * The photos of an article, checked (src/lib/site/photo-check.ts); every problem is a warning at
 * the line that references the photo, and an unusable photo is left out (its caption stays).
 * @param root project root; `record.file` and relative image paths are relative to it
 * @param framesDir where still first frames of animations are written
 */
export async function articlePhotos(
  record: { readonly file: string; readonly imagesAt?: readonly Reference[] | undefined },
  root: string,
  framesDir: string,
): Promise<{ photos: Photos; diagnostics: Diagnostic[] }> {
  const { lead, body } = imageFilesOf(record);
  const diagnostics: Diagnostic[] = [];
  const articleDir = dirname(resolve(root, record.file));
  const check = async (path: string, isLead: boolean): Promise<StoredPhoto | undefined> => {
    const absolute = resolve(root, path);
    const at = record.imagesAt?.find((reference) => reference.path === absolute) ?? { line: 1, column: 1 };
    const label = `${isLead ? "Lead photo" : "Image"} "${shownReference(relative(articleDir, absolute).split(sep).join("/"))}"`;
    const result = await checkPhoto(absolute, label, framesDir);
    for (const problem of result.problems) {
      diagnostics.push({
        file: record.file,
        line: at.line,
        column: at.column,
        severity: "warning",
        message: problem.message,
        ruleId: problem.ruleId,
      });
    }
    if (result.use === undefined || result.image === undefined) return undefined;
    const { width } = result.image;
    if (width < COLUMN_WIDTH) {
      diagnostics.push({
        file: record.file,
        line: at.line,
        column: at.column,
        severity: "warning",
        message: `${label} is ${width} px wide, narrower than the text column (${COLUMN_WIDTH} px): it is shown at its own size, not stretched. Use a photo at least ${COLUMN_WIDTH * 2} px wide for sharp pictures on every screen.`,
        ruleId: "image-small-for-slot",
      });
    }
    return storedPhoto(absolute, result.use, result.image);
  };
  const leadSrc = lead === undefined ? undefined : await check(lead, true);
  const bodyPhotos: { key: string; src: StoredPhoto }[] = [];
  for (const key of body) {
    const src = await check(key, false);
    if (src !== undefined) bodyPhotos.push({ key, src });
  }
  return { photos: { ...(leadSrc === undefined ? {} : { lead: leadSrc }), body: bodyPhotos }, diagnostics };
}

function storedPhoto(source: string, use: string, image: CheckedImage): StoredPhoto {
  const { size, mtimeMs } = statSync(source);
  const extension = image.format === "jpeg" ? "jpg" : image.format;
  // The name's ASCII letters, digits, - and _ (a name in Chinese or with spaces becomes "photo").
  const safe =
    basename(source, extname(source))
      .replace(/[^\w-]+/g, "")
      .slice(0, 40) || "photo";
  return { path: use, name: `${safe}.${image.digest}.${extension}`, ...image, source, size, mtimeMs };
}

/** Warnings of a photo that is used all the same. */
const KEPT_WITH_WARNING = new Set(["image-small-for-slot", "image-animated"]);

/**
 * Whether an article's photos must be checked again in a build that reuses its parse: a photo
 * file replaced, removed or now readable since it was checked (an article whose photo had a
 * problem is checked every time, so a photo copied in later is found).
 */
export function photosOutdated(photos: Photos | undefined, photoWarnings: readonly Diagnostic[] | undefined): boolean {
  if ((photoWarnings ?? []).some((warning) => !KEPT_WITH_WARNING.has(warning.ruleId ?? ""))) return true;
  return photosIn(photos).some((photo) => {
    try {
      const { size, mtimeMs } = statSync(photo.source);
      return size !== photo.size || mtimeMs !== photo.mtimeMs;
    } catch {
      return true;
    }
  });
}

/** Every photo in use by these articles, once each: the originals the build publishes for the image pipeline. */
export function photoOriginals(articles: readonly { readonly photos?: Photos | undefined }[]): StoredPhoto[] {
  const byName = new Map<string, StoredPhoto>();
  for (const { photos } of articles) for (const photo of photosIn(photos)) byName.set(photo.name, photo);
  return [...byName.values()];
}
