/**
 * Local images may come only from the content folder (next to the article, `./a.jpg`, or elsewhere
 * in content/, `../media/b.jpg`) and from public/ (`/media/a.jpg`). A path that climbs out with
 * `..`, or a link (symlink) inside those folders that points out of them, would publish a file
 * from elsewhere on the machine: such references are errors.
 */
import { realpathSync } from "node:fs";
import { resolve, sep } from "node:path";

export const IMAGE_OUTSIDE_RULE = "image-outside-site";

export type AssetFolders = {
  readonly articleDir: string;
  readonly contentDir: string;
  readonly publicDir: string;
};

/** The real path (links followed) of `path`, or of its nearest existing parent plus the rest. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = resolve(path, "..");
    return parent === path ? path : resolve(realPath(parent), path.slice(parent.length + 1));
  }
}

const within = (path: string, folder: string): boolean => {
  const root = realPath(folder);
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
};

/**
 * The file a local image reference names (`/…` in public/, anything else from the article's
 * folder), and whether it stays inside content/ or public/.
 */
export function locateAsset(src: string, folders: AssetFolders): { readonly path: string; readonly inside: boolean } {
  const path = src.startsWith("/") ? resolve(folders.publicDir, `.${src}`) : resolve(folders.articleDir, src);
  const real = realPath(path);
  const inside = src.startsWith("/")
    ? within(real, folders.publicDir)
    : within(real, folders.contentDir) || within(real, folders.publicDir);
  return { path, inside };
}

/** What to tell the editor about an image that leaves the site's folders. */
export function outsideMessage(what: string, src: string): string {
  return `${what} "${src}" is outside the content and public folders (a "..", or a link that points out of them): pages publish only files from content/ and public/. Copy the photo next to the article and write its name, e.g. ./photo.jpg.`;
}
