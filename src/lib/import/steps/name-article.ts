/** The article's file name (`<date>-<slug>.md`) and its page images' site paths under /media/. */
import { slugify } from "../slug.ts";
import type { Block } from "../structure.ts";

/** A page image to copy: as written in the page, and its site path in the article. */
export type ImageCopy = { src: string; url: string };

export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The last part of an address's path, decoded. */
export function lastPathPart(address: string): string {
  return decodeURIComponentSafe(address.split(/[?#]/u)[0]?.split("/").at(-1) ?? "");
}

/** A safe file name for a page image: its own name when plain, else `image-<n>.<ext>`. */
function mediaName(src: string, position: number): string {
  const last = lastPathPart(src);
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.(?:jpe?g|png|gif|webp|avif|svg)$/iu.test(last)) return `${position}-${last}`;
  const ext = /\.(jpe?g|png|gif|webp|avif|svg)$/iu.exec(last)?.[1]?.toLowerCase() ?? "jpg";
  return `image-${position}.${ext}`;
}

/** Names the article, and points its image blocks at their site paths (the copies to make are returned). */
export function nameArticle(
  day: string,
  slug: string | undefined,
  title: string,
  blocks: Block[],
): { fileName: string; images: ImageCopy[] } {
  const base = `${day}-${slug ?? slugify(title)}`;
  const images: ImageCopy[] = [];
  for (const block of blocks) {
    if (block.kind !== "image" || block.src === undefined) continue;
    const url = `/media/${base}/${mediaName(block.src, images.length + 1)}`;
    images.push({ src: block.src, url });
    block.src = url;
  }
  return { fileName: `${base}.md`, images };
}
