/** remark checks of an article's body (after front matter): headings, text, images. */
import type { Root as MdastRoot } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { normalizeUri } from "micromark-util-sanitize-uri";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { resolveImage } from "../image-file.ts";
import { report } from "../messages.ts";

/** What checks need from the build, passed in the file's data. */
export type ArticleContext = {
  /** Answers whether a root-relative asset (e.g. `/media/a.jpg`) exists in `public/`. */
  readonly assetExists?: ((path: string) => boolean) | undefined;
  /** Folder of the article file, for images written relative to it (`./photo.jpg`). */
  readonly articleDir: string;
  /** The site's public/ folder, where `/media/…` images are. */
  readonly publicDir: string;
  readonly fileExists: (path: string) => boolean;
  /** The content folder: images must lie, by their real path, inside it or public/. */
  readonly contentDir: string;
  /** Local images of the body: URL as written → absolute file path. */
  readonly images: Map<string, string>;
  /** Where each local image is referenced. */
  readonly imagesAt: { path: string; line: number; column: number }[];
};

declare module "vfile" {
  interface DataMap {
    newsprint: ArticleContext;
  }
}

/** Body nodes: the tree's children after the front matter. */
const bodyOf = (tree: MdastRoot) => tree.children.filter((node) => node.type !== "yaml");

/** The body holds text, `#` is the title's level, levels are not skipped, headings are not empty. */
export const remarkCheckHeadings: Plugin<[], MdastRoot> = () => (tree, file) => {
  const body = bodyOf(tree);
  const hasText = body.some((node) => ["paragraph", "list", "blockquote", "table", "code", "html"].includes(node.type));
  if (!hasText) {
    const fence = tree.children[0]?.type === "yaml" ? tree.children[0].position?.end : undefined;
    report(
      file,
      "The article has no text after the front matter: add at least one paragraph.",
      { line: (fence?.line ?? 0) + 1, column: 1 },
      "no-text",
    );
  }
  let level = 1;
  for (const node of body) {
    if (node.type !== "heading") continue;
    if (node.depth === 1) {
      report(
        file,
        "Use `##` for section headings: the title belongs in front matter (`title:`), not in a `#` heading.",
        node.position?.start,
        "heading-title",
      );
    } else if (node.depth > level + 1) {
      const above = level === 1 ? "the title" : `a ${"#".repeat(level)} heading`;
      report(
        file,
        `Heading level ${node.depth} (${"#".repeat(node.depth)}) skips a level after ${above}: use ${"#".repeat(level + 1)} here, or add the missing level above it.`,
        node.position?.start,
        "heading-skip",
      );
    }
    if (mdastText(node).trim() === "") {
      report(file, "Empty heading: write its text or remove the line.", node.position?.start, "heading-empty");
    }
    level = node.depth;
  }
};

/**
 * Images load from this site only, and exist: in public/ (`/media/a.jpg`) or in the content folder
 * (`./a.jpg`), by their real path (src/lib/article/image-file.ts says why each other one is refused).
 */
export const remarkCheckImages: Plugin<[], MdastRoot> = () => (tree, file) => {
  const context = file.data.newsprint;
  if (context === undefined) return;
  visit(tree, "image", (node) => {
    const at = node.position?.start;
    const path = node.url.split(/[?#]/)[0] ?? "";
    // Checked when the build says what public/ holds (assetExists); else taken as written.
    const vouched =
      path.startsWith("/") && context.assetExists === undefined
        ? () => true
        : (file: string) => context.fileExists(file);
    const resolved = resolveImage(node.url, context, undefined, vouched);
    if ("problem" in resolved) {
      report(file, resolved.problem.message, at, resolved.problem.ruleId, resolved.problem.severity);
      // The page shows its alt text instead (rehypeFigures), never a broken image.
      node.url = LOST_PHOTO;
      return;
    }
    remember(context.images, node.url, resolved.path);
    if (at !== undefined) context.imagesAt.push({ path: resolved.path, line: at.line, column: at.column });
  });
};

/** The address of an image that will not be shown (reported): rehypeFigures puts its alt text in its place. */
export const LOST_PHOTO = "#np-photo-lost";

/** Both as written and as it will appear in the HTML (percent-encoded). */
function remember(images: Map<string, string>, url: string, path: string): void {
  images.set(url, path);
  images.set(normalizeUri(url), path);
}

export type { VFile };
