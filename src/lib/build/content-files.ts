/**
 * Lists the Markdown articles of the content folder, safely: `.md` in any letter case, names with
 * spaces, sub-folders; hidden files and symbolic links that leave the folder (or loop) are named in
 * a diagnostic instead of being read. Nothing here reads a file's content, so a huge file, a FIFO
 * or a link to /dev/zero costs nothing.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Diagnostic, Severity } from "../article/diagnostics.ts";
import { MAX_ARTICLE_BYTES } from "../article/guards.ts";
import type { RuleId } from "../article/rules/registry.ts";

export type ContentFile = {
  /** Absolute path (of the link, for a link inside the folder). */
  readonly path: string;
  /** Path relative to the content folder, with `/` separators, e.g. `2021/qingdao.md`. */
  readonly name: string;
  /** Slug the file name gives: the name without `.md`, white space as `-` (`my article.MD` → `my-article`). */
  readonly defaultSlug: string;
  /** Size in bytes. */
  readonly size: number;
  /** Last modification time (of the target, for a link). */
  readonly mtimeMs: number;
  /** Last status change (any write, rename or permission change; not settable by tools that keep mtime). */
  readonly ctimeMs: number;
};

export type ContentListing = { readonly files: ContentFile[]; readonly diagnostics: Diagnostic[] };

export type ListOptions = {
  /** How a path is shown in diagnostics (default: as is); the loader shows paths relative to the project. */
  readonly display?: (path: string) => string;
};

const MARKDOWN = /\.md$/i;

export function listContentFiles(contentDir: string, options: ListOptions = {}): ContentListing {
  const display = options.display ?? ((path: string) => path);
  const files: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const say = (path: string, message: string, ruleId: RuleId, severity: Severity = "error") =>
    diagnostics.push({ file: display(path), line: 1, column: 1, severity, message, ruleId });
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    say(contentDir, "The content folder does not exist: create it, or set NEWSPRINT_CONTENT_DIR.", "content-folder");
    return { files, diagnostics };
  }
  const inside = (target: string) => target === root || target.startsWith(root + sep);

  const add = (path: string, stats: Stats) => {
    if (!stats.isFile()) {
      say(
        path,
        "This is not a regular file (a device, pipe or socket): remove it from the content folder.",
        "not-a-file",
      );
      return;
    }
    if (stats.size > MAX_ARTICLE_BYTES) {
      say(
        path,
        `The file is ${(stats.size / 1024 / 1024).toFixed(1)} MB, over the limit of ${MAX_ARTICLE_BYTES / 1024 / 1024} MB for an article: split it into several articles.`,
        "article-too-large",
      );
      return;
    }
    const name = relative(contentDir, path).split(sep).join("/");
    const base = name.slice(name.lastIndexOf("/") + 1).replace(MARKDOWN, "");
    files.push({
      path,
      name,
      defaultSlug: base.trim().replace(/\s+/g, "-"),
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.ctimeMs,
    });
  };

  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const markdown = MARKDOWN.test(entry.name);
      if (entry.name.startsWith(".")) {
        if (markdown && !entry.isDirectory()) {
          say(
            path,
            "Hidden file (its name starts with a dot) is not published: rename it without the leading dot to publish it.",
            "hidden-file",
            "warning",
          );
        }
        continue;
      }
      if (entry.isSymbolicLink()) {
        link(path, markdown);
        continue;
      }
      if (entry.isDirectory()) walk(path);
      else if (markdown) add(path, lstatSync(path));
    }
  };

  /** Links are read only when they stay in the folder, and folders behind links are never walked. */
  const link = (path: string, markdown: boolean) => {
    let target: string;
    try {
      target = realpathSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (markdown || code === "ELOOP") {
        say(
          path,
          code === "ELOOP"
            ? "Symbolic link loop (the link leads back to itself): remove the link."
            : "Symbolic link to a file that does not exist: remove the link or restore its target.",
          code === "ELOOP" ? "symlink-loop" : "symlink-broken",
        );
      }
      return;
    }
    const stats = statSync(target);
    if (!markdown && !stats.isDirectory()) return;
    if (!inside(target)) {
      say(
        path,
        `Symbolic link to ${target}, outside the content folder: it is not read. Copy the ${stats.isDirectory() ? "folder" : "file"} into the content folder instead.`,
        "symlink-outside",
      );
      return;
    }
    if (stats.isDirectory()) {
      const loop = inside(target) && (realpathSync(join(path, "..")) + sep).startsWith(target + sep);
      say(
        path,
        loop
          ? "Symbolic link to a folder that contains it (a loop): remove the link."
          : "Symbolic link to a folder of the content folder: not followed, its articles are listed where they are. Remove the link.",
        loop ? "symlink-loop" : "symlink-folder",
        loop ? "error" : "warning",
      );
      return;
    }
    add(path, stats);
  };

  walk(contentDir);
  return { files, diagnostics };
}
