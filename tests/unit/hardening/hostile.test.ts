/** Hostile raw HTML and Markdown never reach article HTML as live code. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/site.ts";
import { article, parse } from "../../support/articles.ts";

const HOSTILE = readFileSync(`${ROOT}/tests/fixtures/hostile/hostile.md`, "utf8");

/** Elements that may run code, load things, navigate or submit. */
const DANGEROUS_TAGS = new Set(
  "script style iframe frame object embed applet form input button textarea select meta base link svg math template noscript video audio source".split(
    " ",
  ),
);
/** Attributes that run code, load things or style the page. */
const DANGEROUS_ATTRIBUTES = /^(on.*|style|srcdoc|formaction|action|xlink:href|srcset|ping|background|poster|data)$/i;
/** A start tag as rehype-stringify writes it: attribute values always in double quotes. */
const START_TAG = /<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/gi;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;

/** Decodes the character references rehype-stringify writes in attribute values. */
const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|quot|lt|gt);/g, (_, name: string) => ({ amp: "&", quot: '"', lt: "<", gt: ">" })[name] ?? "");

/** Invariants of safe HTML, checked tag by tag and attribute by attribute. */
function expectSafe(html: string): void {
  // Every "<" left in the HTML belongs to a tag the scanner reads (text has "<" escaped).
  expect(html.replace(START_TAG, "").replace(/<\/[a-z][a-z0-9-]*>/gi, "")).not.toContain("<");
  for (const [, tag = "", attributes = ""] of html.matchAll(START_TAG)) {
    expect(DANGEROUS_TAGS.has(tag.toLowerCase()), tag).toBe(false);
    for (const [, name = "", raw = ""] of attributes.matchAll(ATTRIBUTE)) {
      expect(name).not.toMatch(DANGEROUS_ATTRIBUTES);
      // URLs as a browser resolves them (the WHATWG URL parser, as in Chromium): only web and mail links.
      if (name === "href" || name === "src") {
        expect(["http:", "https:", "mailto:"]).toContain(
          new URL(decode(raw), "https://site.example/zh-hans/a/").protocol,
        );
      }
      if (name === "id" || name === "name") expect(raw).toMatch(/^user-content-/);
    }
  }
}

describe("hostile article", () => {
  const { article: parsed, diagnostics } = parse(HOSTILE, { defaultSlug: "hostile" });
  const htmls = parsed ? Object.values(parsed.editions).map((e) => e.sections.map((s) => s.html).join("\n")) : [];

  it("is published, with every payload made inert in both scripts", () => {
    // The only messages: raw HTML whose content is removed (SVG and MathML text) is named, and
    // every image that will not be shown (its alt text is, instead).
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual([
      "18:1 warning image-missing",
      "22:1 warning html-removed",
      "24:1 warning html-removed",
      "26:1 warning html-removed",
      "61:1 warning image-scheme",
      "63:1 warning image-svg",
      "65:40 warning image-svg",
      "71:20 warning image-scheme",
      "76:4 warning image-scheme",
      "76:47 warning image-scheme",
      "76:96 warning image-svg",
    ]);
    expect(htmls).toHaveLength(2);
    for (const html of htmls) {
      expectSafe(html);
      // Payload texts survive only as visible text, in code, or inside quoted prose attributes.
      expect(html).toContain("<code>&#x3C;script>window.__pwned='code'&#x3C;/script></code>");
      expect(html).toMatch(/&#x3C;script>window.__pwned='markup'&#x3C;\/script>/);
      expect(html).not.toContain("marker.invalid");
      expect(html).not.toMatch(/background: url/);
    }
  });

  it("keeps HTML in front matter as plain text, for the page to escape", () => {
    expect(parsed?.editions["zh-hans"]?.title).toBe(
      "<script>window.__pwned='title'</script>恶意标题<img src=x onerror=\"window.__pwned='title-img'\">",
    );
    expect(parsed?.editions["zh-hant"]?.title).toContain("惡意標題");
    expect(parsed?.editions["zh-hans"]?.breadcrumb).toEqual([
      "<script>window.__pwned='breadcrumb'</script>首页",
      "要闻",
    ]);
  });

  it("rejects conversion markup that wraps raw HTML, instead of publishing it", () => {
    for (const body of [
      "-{<script>window.__pwned=1</script>}-",
      "-{zh-hans:<img src=x onerror=alert(1)>;zh-hant:x}-",
    ]) {
      const result = parse(article(body));
      expect(result.article).toBeUndefined();
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
        expect.stringMatching(/^7:1 Unclosed conversion markup/),
      ]);
    }
  });

  it("javascript:, data: and vbscript: targets are removed however they are written", () => {
    const targets = fc.tuple(
      fc.constantFrom("javascript", "vbscript", "data"),
      fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      fc.constantFrom("", "&#x09;", "&#x0A;", "&#x0D;", "&#9;"),
      fc.nat(9),
      fc.constantFrom("", " ", "&#x01;", "&#x20;", "\u0001"),
      fc.boolean(),
    );
    fc.assert(
      fc.property(targets, ([name, upper, insert, at, lead, encode]) => {
        let word = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
        word = word.slice(0, at) + insert + word.slice(at);
        if (encode) word = [...word].map((c) => (/[a-z]/i.test(c) ? `&#${c.charCodeAt(0)};` : c)).join("");
        const target = `${lead}${word}:window.__pwned=1`;
        const { article: out } = parse(
          article(
            `<a href="${target}">甲</a>\n\n<img src="${target}" alt="乙">\n\n[丙](${target.replace(/ /g, "%20")})`,
          ),
        );
        const html = out?.editions["zh-hant"]?.sections.map((s) => s.html).join("") ?? "";
        expectSafe(html);
      }),
      { numRuns: 200, examples: [[["javascript", Array<boolean>(10).fill(false), "", 0, "", false]]] },
    );
  });

  it("any mix of hostile fragments stays inert", () => {
    const fragments = HOSTILE.split("\n\n").slice(1);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 8 }),
        fc.constantFrom("", "\n\n", " "),
        (parts, glue) => {
          const { article: out } = parse(article(`正文。\n\n${parts.join(glue)}`));
          for (const edition of Object.values(out?.editions ?? {}))
            expectSafe(edition.sections.map((s) => s.html).join(""));
        },
      ),
      { numRuns: 150 },
    );
  });
});
