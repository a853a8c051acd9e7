/** Parsing cost stays linear in the page: generated hostile and heavy pages (no fixture files). */
import { describe, expect, it } from "vitest";
import { importHtml } from "../../../src/lib/import/index.ts";
import { boundNesting, MAX_DEPTH } from "../../../src/lib/import/flatten.ts";

const HEAD =
  '<!doctype html><html><head><meta charset="utf-8"><meta property="og:title" content="港口新码头今日启用">' +
  '<meta property="article:published_time" content="2024-05-12"><meta property="og:site_name" content="某报">';
const PARAGRAPH =
  "<p>港口新码头今日正式启用，可同时停靠四艘大型货轮，预计每年吞吐量增加两成，带动周边物流产业发展。</p>\n";
const encode = (html: string): Uint8Array => new TextEncoder().encode(html);

function timed<T>(work: () => T): { value: T; seconds: number } {
  const start = performance.now();
  const value = work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/** A 5 MB saved page as browsers save them: mostly scripts, styles, drawings and inline images. */
function heavyPage(): string {
  const link =
    '<div class="item"><a href="https://example.com/news/2024/05/12/1.html">其他新闻标题链接文字</a><span class="time">05-12</span></div>\n';
  const script = `<script>window.__DATA__=${JSON.stringify({ items: Array.from({ length: 2000 }, (_, index) => ({ index, title: `新闻标题${index}` })) })};</script>\n`;
  const svg = `<svg viewBox="0 0 10 10">${'<path d="M0 0L10 10"/>'.repeat(2000)}</svg>`;
  const inline = `<img src="data:image/png;base64,${"A".repeat(60_000)}">`;
  let html = `${HEAD}<style>${".c{color:red}\n".repeat(4000)}</style></head><body><div class="nav">${link.repeat(300)}</div><article><h1>港口新码头今日启用</h1>${PARAGRAPH.repeat(300)}</article><div class="list">${link.repeat(3000)}</div>`;
  while (html.length < 5_000_000) html += script + inline + svg;
  return `${html}</body></html>`;
}

describe("importer cost", { timeout: 120_000 }, () => {
  it("bounds nesting in one pass: 100,000 nested divs keep their text", () => {
    const n = 100_000;
    const html = `${HEAD}</head><body>${"<div>".repeat(n)}${PARAGRAPH.repeat(3)}${"</div>".repeat(n)}</body></html>`;
    const bounded = timed(() => boundNesting(html));
    expect(bounded.value.flattened).toBe(n - MAX_DEPTH + 2);
    expect(bounded.seconds).toBeLessThan(2);
    importHtml(encode(PARAGRAPH), "warm.html");
    const imported = timed(() => importHtml(encode(html), "deep.html"));
    expect(imported.seconds).toBeLessThan(10);
    expect(imported.value.ok && imported.value.markdown).toContain("可同时停靠四艘大型货轮");
    expect(imported.value.ok && imported.value.report).toContain("[import-deep-nesting]");
  });

  it("imports a 5 MB saved page in at most 10 s", () => {
    const html = heavyPage();
    const bytes = encode(html);
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const imported = timed(() => importHtml(bytes, "heavy.html"));
    expect(imported.value.ok && imported.value.front.title).toBe("港口新码头今日启用");
    expect(imported.seconds).toBeLessThan(10);
  });
});
