/**
 * The one place that turns an image reference written in an article (`./a.jpg`, `/media/b.png`,
 * `image.src`) into a file the build may read. Content is untrusted: the file must lie, by its real
 * path, inside the content folder or public/; it must be a regular, readable file (never a folder,
 * FIFO, device or socket: those are refused from lstat/stat, before anything opens them); SVG, which
 * can carry script, is refused; addresses with a scheme (`javascript:`, `data:`, `file:`) are named.
 * Nothing here opens a file, so a FIFO cannot hang the build.
 */
import { accessSync, constants, lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { RuleId } from "./rules/registry.ts";

export type ImageRoots = {
  /** Folder of the article, for references relative to it. */
  readonly articleDir: string;
  /** The content folder (images next to articles live here). */
  readonly contentDir: string;
  /** The site's public/ folder, where root-relative references (`/media/a.jpg`) point. */
  readonly publicDir: string;
};

export type ImageProblem = {
  readonly ruleId: RuleId;
  readonly message: string;
  readonly severity: "error" | "warning";
};

export type ImageRuleId =
  | "image-remote"
  | "image-scheme"
  | "image-outside"
  | "image-link-outside"
  | "image-missing"
  | "image-not-a-file"
  | "image-unreadable"
  | "image-svg";

export type ResolvedImage = { readonly path: string } | { readonly problem: ImageProblem };

const REMOTE = /^(https?:)?\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SVG = /\.svgz?$/i;

const error = (ruleId: ImageRuleId, message: string): { problem: ImageProblem } => ({
  problem: { ruleId, message, severity: "error" },
});

/** A reference as shown in a message: short, one line. */
export function shownReference(url: string): string {
  const line = url.replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** Real path of a folder, or the folder as given when it does not exist. */
function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const within = (folder: string, path: string) => path === folder || path.startsWith(folder + sep);

/** The file path a reference names (percent escapes decoded, `\` read as `/`, query and fragment dropped). */
function referencedPath(url: string): string {
  const path = url.split(/[?#]/)[0] ?? "";
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is kept as written (such a file then does not exist).
  }
  return decoded.replace(/\\/g, "/");
}

/**
 * Resolves an image reference of an article to a file it may use, or says why not.
 * @param label how the reference is named in messages, e.g. `Image "./a.jpg"` or `"image.src"`
 * @param vouched paths a tool vouches for although they are not written yet (the importer)
 */
export function resolveImage(
  url: string,
  roots: ImageRoots,
  label = `Image "${shownReference(url)}"`,
  vouched?: (path: string) => boolean,
): ResolvedImage {
  const written = url.trim();
  if (REMOTE.test(written)) {
    return {
      problem: {
        ruleId: "image-remote",
        severity: "warning",
        message: `${label} is on another host: pages load nothing from other hosts, so it will not show. Save it next to the article (or in public/media/) and link it as ./<name>.`,
      },
    };
  }
  if (SCHEME.test(written)) {
    const scheme = (SCHEME.exec(written)?.[0] ?? "").toLowerCase();
    return {
      problem: {
        ruleId: "image-scheme",
        severity: "warning",
        message: `${label} is a ${scheme} address, not a photo file: the page shows its alt text instead. Save the photo next to the article and write its name, e.g. ./photo.jpg.`,
      },
    };
  }
  const path = referencedPath(written);
  if (path === "" || path.includes("\0"))
    return error("image-missing", `${label} names no file: write the photo's file name, e.g. ./photo.jpg.`);
  const publicDir = resolve(roots.publicDir);
  const contentDir = resolve(roots.contentDir);
  const candidate = path.startsWith("/") ? resolve(publicDir, `.${path}`) : resolve(roots.articleDir, path);
  const rootRelative = path.startsWith("/");
  if (rootRelative ? !within(publicDir, candidate) : !within(contentDir, candidate) && !within(publicDir, candidate)) {
    return error(
      "image-outside",
      `${label} climbs out of ${rootRelative ? "public/" : "the content folder and public/"}: only photos inside them are published. Copy the photo next to the article and write ./<name>.`,
    );
  }
  if (SVG.test(path)) return svgRefused(label);
  let link: Stats;
  try {
    link = lstatSync(candidate);
  } catch {
    if (vouched?.(candidate)) return { path: candidate };
    const shown = relative(process.cwd(), candidate) || candidate;
    const where = rootRelative ? "" : " next to the article";
    return error("image-missing", `${label} does not exist${where}: add ${shown} or fix the path.`);
  }
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch (cause) {
    const loop = (cause as NodeJS.ErrnoException).code === "ELOOP";
    return error(
      "image-missing",
      loop
        ? `${label} is a symbolic link loop: replace the link with the photo itself.`
        : `${label} is a symbolic link to a file that does not exist: replace the link with the photo itself.`,
    );
  }
  if (!within(realFolder(contentDir), real) && !within(realFolder(publicDir), real)) {
    return error(
      "image-link-outside",
      `${label} is ${link.isSymbolicLink() ? "a symbolic link" : "inside a linked folder"} leading outside the content folder and public/: it is not published. Copy the photo itself next to the article.`,
    );
  }
  const problem = fileProblem(real, label);
  return problem === undefined ? { path: real } : { problem };
}

/** SVG can carry script that runs on the site's origin when the file is opened: refused. */
export function svgRefused(label: string): { problem: ImageProblem } {
  return {
    problem: {
      ruleId: "image-svg",
      severity: "warning",
      message: `${label} is an SVG drawing: SVG can carry script, so the site publishes none (the page shows its alt text instead). Export it as PNG (drawings, charts) or JPEG (photos) and link that file.`,
    },
  };
}

/**
 * Whether a path (already inside the site) is a regular file the build can read; checked with
 * stat and access only, so a FIFO, device or socket is never opened.
 */
export function fileProblem(path: string, label: string): ImageProblem | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return { ruleId: "image-missing", severity: "error", message: `${label} does not exist: add it or fix the path.` };
  }
  if (!stats.isFile()) {
    const kind = stats.isDirectory()
      ? "a folder"
      : stats.isFIFO()
        ? "a named pipe (FIFO)"
        : stats.isSocket()
          ? "a socket"
          : "a device";
    return {
      ruleId: "image-not-a-file",
      severity: "error",
      message: `${label} is ${kind}, not a photo file: link the photo file itself.`,
    };
  }
  try {
    accessSync(path, constants.R_OK);
  } catch {
    return {
      ruleId: "image-unreadable",
      severity: "error",
      message: `${label} cannot be read (no permission): make the file readable (chmod a+r) or copy it again.`,
    };
  }
  return undefined;
}
