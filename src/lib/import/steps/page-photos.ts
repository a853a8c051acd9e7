/**
 * A saved page's photos: those on disk beside the page are kept (their path as the page names it or
 * in the page's saved files folder); any other is left out with a note (the importer fetches nothing).
 */
import type { Paragraph } from "../structure.ts";
import { lastPathPart } from "./name-article.ts";

/** The folder a browser saves a page's files in: `page.html` → `page_files`. */
function savedFilesFolder(sourceName: string): string {
  const name = sourceName.split(/[\\/]/u).at(-1) ?? sourceName;
  return `${name.replace(/\.[^.]+$/u, "")}_files`;
}

/**
 * The page's photo on disk: an address as written when it exists beside the page, else a file of
 * the same name in the page's saved files (a lazy-loaded photo keeps its remote address in data-src
 * while the browser saved the file it showed).
 */
function savedPhoto(
  candidates: readonly string[],
  folder: string,
  imageExists: (src: string) => boolean,
): string | undefined {
  const real = candidates.filter((candidate) => !PLACEHOLDER.test(lastPathPart(candidate)));
  const local = real.find((candidate) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(candidate) && imageExists(candidate));
  if (local !== undefined) return local;
  for (const candidate of real) {
    const name = lastPathPart(candidate);
    if (name === "" || name.includes("..")) continue;
    // a browser saves a photo under its address's last part, adding an extension when it has none
    const names = /\.[A-Za-z0-9]{2,5}$/u.test(name)
      ? [name]
      : [name, ...SAVED_EXTENSIONS.map((ext) => `${name}${ext}`)];
    for (const saved of names.map((each) => `${folder}/${encodeURIComponent(each)}`))
      if (imageExists(saved)) return saved;
  }
  return undefined;
}

/** Extensions a browser gives a saved photo whose address has none. */
const SAVED_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".gif"];
/** Lazy-load placeholders (a blank or loading picture in src while data-src names the photo): no photo. */
const PLACEHOLDER =
  /^(?:blank|placeholder|loading|lazy|lazyload|spacer|grey|gray|transparent|pixel|1x1|default|empty|dot|clear)[\w.-]*\.(?:gif|png|svg|jpg)$/iu;

function leftOutNote(image: NonNullable<Paragraph["image"]>, first: string): string {
  const candidates = image.candidates ?? [image.src];
  if (candidates.every((candidate) => PLACEHOLDER.test(lastPathPart(candidate))))
    return `image left out (only a lazy-load placeholder was saved, not the photo): ${first}`;
  return /^(?:[a-z]+:)?\/\//iu.test(first)
    ? `image left out (on another host or inline: the importer fetches nothing): ${first.slice(0, 100)}${image.caption ? ` "${image.caption}"` : ""}`
    : `image not found beside the page, left out: ${first}`;
}

/** The paragraphs whose photos are on disk (pointed at the file), and a note per photo left out. */
export function keepSavedPhotos(
  paragraphs: readonly Paragraph[],
  sourceName: string,
  imageExists: (src: string) => boolean,
  notes: string[],
): Paragraph[] {
  const folder = savedFilesFolder(sourceName);
  return paragraphs.filter((paragraph) => {
    if (!paragraph.image) return true;
    const candidates = paragraph.image.candidates ?? [paragraph.image.src];
    const local = savedPhoto(candidates, folder, imageExists);
    if (local !== undefined) {
      paragraph.image = { ...paragraph.image, src: local };
      return true;
    }
    const shown = candidates.find((candidate) => !PLACEHOLDER.test(lastPathPart(candidate))) ?? candidates[0];
    notes.push(leftOutNote(paragraph.image, shown ?? paragraph.image.src));
    return false;
  });
}
