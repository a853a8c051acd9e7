/** Output size and the weight of one page: markup, CSS and JS, inline and external, raw and gzip. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export type DistSize = { readonly bytes: number; readonly files: number; readonly pages: number };

export function distSize(dir: string): DistSize {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        bytes += statSync(full).size;
        files++;
        if (entry.name.endsWith(".html")) pages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files, pages };
}

export type PageWeight = {
  readonly page: string;
  /** HTML without inline <style> and <script> contents. */
  readonly markup: number;
  readonly inlineCss: number;
  readonly inlineJs: number;
  readonly externalCss: number;
  readonly externalJs: number;
  /** Each file gzipped on its own (as a server sends them): the HTML plus every external CSS/JS file. */
  readonly gzipTotal: number;
  readonly gzipJs: number;
  readonly externalFiles: readonly string[];
};

const gz = (data: string | Buffer): number => gzipSync(data).length;
const bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/** `page` is the page's path below `dist`, e.g. `zh-hant/slug.html`. */
export function pageWeight(dist: string, page: string, base = "/"): PageWeight {
  const html = readFileSync(join(dist, page), "utf8");
  let inlineCss = 0;
  let inlineJs = 0;
  let inlineJsText = "";
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += bytes(match[1] ?? "");
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype=["']?([^"'\s>]+)/i.exec(match[1] ?? "")?.[1] ?? "text/javascript";
    if (/json/i.test(type)) continue;
    inlineJs += bytes(match[2] ?? "");
    inlineJsText += match[2] ?? "";
  }
  const local = (href: string): string | undefined => {
    if (/^[a-z]+:|^\/\//i.test(href)) return undefined;
    const path = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, "");
    const file = resolve(dist, path.split(/[?#]/)[0] ?? "");
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const css = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)]
    .map((tag) => /href=["']?([^"'\s>]+)/i.exec(tag[0])?.[1])
    .flatMap((href) => (href === undefined ? [] : [local(href)].filter((f) => f !== undefined)));
  const js = jsClosure(
    [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].flatMap((m) =>
      [local(m[1] ?? "")].filter((f) => f !== undefined),
    ),
  );
  const size = (files: readonly string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
  const gzFiles = (files: readonly string[]) => files.reduce((sum, file) => sum + gz(readFileSync(file)), 0);
  return {
    page,
    markup: bytes(html) - inlineCss - inlineJs,
    inlineCss,
    inlineJs,
    externalCss: size(css),
    externalJs: size(js),
    gzipTotal: gz(html) + gzFiles(css) + gzFiles(js),
    gzipJs: (inlineJs > 0 ? gz(inlineJsText) : 0) + gzFiles(js),
    externalFiles: [...css, ...js].map((file) => file.slice(resolve(dist).length + 1)),
  };
}

/** Module scripts plus the chunks they import statically (relative imports). */
function jsClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = resolve(file, "..", match[1] ?? "");
      if (existsSync(target)) visit(target);
    }
  };
  entries.forEach(visit);
  return [...seen];
}
