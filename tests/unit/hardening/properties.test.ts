/** Property-based tests of the parser and of script conversion (fast-check, bounded runs). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleSchema } from "../../../src/lib/article/schema.ts";
import { article, convertText, parse, textOf } from "../../support/articles.ts";

const RUNS = { numRuns: 150 };

/** Either a valid article, or at least one positioned error; never an exception or an internal error. */
function expectWellFormedOutcome(markdown: string): void {
  const { article: parsed, diagnostics } = parse(markdown);
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/Internal error|nested too deeply to read/);
  }
  if (parsed === undefined) expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
  else expect(articleSchema.safeParse(parsed).success).toBe(true);
}

const MARKDOWN_PIECES = [
  ...["#", "## ", "### ", "#### ", "- ", "1. ", "> ", "*", "**", "_", "`", "```", "~~~", "    ", "\t", "|", "---"],
  ...["[", "](", ")", "![", "]: ", "<", ">", "<div>", "</div>", "<b>", "<img alt=", '"', "'", "<!--", "-->"],
  ...["-{", "}-", "zh-hans:", "zh-hant:", ";", "&amp;", "&#", "\\", "\n", "\n\n", "\r\n", " ", "\uFEFF", "\u0000"],
  ...[
    "青岛",
    "幹部",
    "发展",
    "abc",
    "123",
    "https://example.org/a",
    "/media/x.jpg",
    "javascript:",
    "title: ",
    "date: ",
  ],
];
const markdownish = fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.string({ unit: "binary", maxLength: 300 });

describe("parseArticle never throws", () => {
  it("on arbitrary unicode", () => {
    fc.assert(fc.property(anyText, expectWellFormedOutcome), RUNS);
  });

  it("on arbitrary Markdown-ish text, with or without a front matter fence", () => {
    fc.assert(
      fc.property(fc.boolean(), markdownish, (fenced, text) => expectWellFormedOutcome(fenced ? `---\n${text}` : text)),
      RUNS,
    );
  });

  it("on valid front matter with an arbitrary body", () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, anyText), (body) => expectWellFormedOutcome(article(body))),
      RUNS,
    );
  });

  it("on front matter with arbitrary values", () => {
    const value = fc.oneof(markdownish, anyText).map((v) => v.replace(/\n/g, " "));
    fc.assert(
      fc.property(value, value, value, (title, date, source) =>
        expectWellFormedOutcome(`---\ntitle: ${title}\ndate: ${date}\nsource: ${source}\n---\n\n正文。\n`),
      ),
      RUNS,
    );
  });
});

/** Every string of the article model, as feeds, sitemaps and pages read them. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("no control character reaches the article model", () => {
  // eslint-disable-next-line no-control-regex -- what is checked for
  const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/;
  const controls = fc.constantFrom(
    ..."\0\x01\x08\v\f\x1B\x7F\x85\x93\uFFFE",
    "&#1;",
    "&#11;",
    "&#x7F;",
    "\\x1B",
    "\\v",
  );
  const mixed = fc.array(fc.oneof(controls, fc.constantFrom("青岛", "文字", " ", "<b>", "</b>")), { maxLength: 12 });

  it("whether typed, escaped in YAML or written as character references", () => {
    fc.assert(
      fc.property(mixed, mixed, (title, body) => {
        const value = JSON.stringify(title.join("")).slice(1, -1).replace(/\\\\/g, "\\");
        const { article: parsed } = parse(
          article(`正文${body.join("")}。`).replace("title: 测试标题", `title: "测试${value}"`),
        );
        if (parsed !== undefined) for (const text of strings(parsed)) expect(text).not.toMatch(FORBIDDEN);
      }),
      RUNS,
    );
  });
});

const HAN = [..."干部发展里面后台头发皇后面条云彩范围杀手锏系统网络计算机软件信息国家保密局青岛宣传教育"];
const han = fc.array(fc.constantFrom(...HAN), { minLength: 1, maxLength: 20 }).map((c) => c.join(""));
const prose = fc
  .array(fc.oneof(han, fc.constantFrom("，", "。", "、", "：", "2021年", "12月", "ABC", "GDP")), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => `${parts.join("")}。`);

describe("script conversion", () => {
  it("leaves ASCII text unchanged, both ways", () => {
    fc.assert(
      // `-{` opens conversion markup, which the parser validates before conversion.
      fc.property(
        fc.string({ maxLength: 200 }).filter((text) => !text.includes("-{")),
        (text) => {
          expect(convertText(text, "hans", "hant")).toBe(text);
          expect(convertText(text, "hant", "hans")).toBe(text);
        },
      ),
      RUNS,
    );
  });

  it("leaves digits and ASCII inside Chinese text unchanged", () => {
    fc.assert(
      fc.property(
        han,
        fc.stringMatching(/^[A-Za-z0-9 .,:/-]{1,20}$/).filter((ascii) => !/\/\/|www\./i.test(ascii)),
        han,
        (a, ascii, b) => {
          // A model number names the series after it (宝马5系, X3系: context-rules.test.ts), the one
          // place where ASCII before a character decides it.
          fc.pre(!(/[0-9A-Za-z]$/u.test(ascii) && b.startsWith("系")));
          const converted = convertText(`${a}${ascii}${b}`, "hans", "hant");
          // ASCII ends a word: each side converts as it would alone (Taiwan vocabulary may change lengths).
          expect(converted).toBe(`${convertText(a, "hans", "hant")}${ascii}${convertText(b, "hans", "hant")}`);
        },
      ),
      RUNS,
    );
  });

  it("never changes link targets, image sources or code", () => {
    fc.assert(
      fc.property(han, han, han, (text, path, code) => {
        const body = `${text}[${text}](https://example.org/${path}?q=${code}#${path})![${text}](/media/${path}.jpg)\`${code}\`\n\n\`\`\`\n${code}\n\`\`\``;
        const parsed = parse(article(body, "script: hans\n")).article;
        const html = {
          hans: parsed?.editions["zh-hans"]?.sections[0]?.html ?? "",
          hant: parsed?.editions["zh-hant"]?.sections[0]?.html ?? "",
        };
        const urls = (h: string) => [...h.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
        const codes = (h: string) => [...h.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]);
        expect(urls(html.hans)).toHaveLength(2);
        expect(urls(html.hant)).toEqual(urls(html.hans));
        expect(decodeURI(urls(html.hans)[1] ?? "")).toBe(`/media/${path}.jpg`);
        expect(codes(html.hant)).toEqual([code, `${code}\n`]);
        expect(codes(html.hans)).toEqual(codes(html.hant));
      }),
      RUNS,
    );
  });

  it("gives the same text whether the article text or its rendered HTML is converted", () => {
    fc.assert(
      fc.property(fc.array(prose, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const parsed = parse(article(paragraphs.join("\n\n"), "script: hans\n")).article;
        const html = (script: "hans" | "hant") => parsed?.editions[`zh-${script}`]?.sections[0]?.html ?? "";
        expect(textOf(html("hant"))).toBe(convertText(textOf(html("hans")), "hans", "hant"));
        expect(textOf(html("hant"))).toBe(convertText(paragraphs.join("\n"), "hans", "hant"));
        expect(parsed?.editions["zh-hant"]?.summary).toBe(convertText(paragraphs[0] ?? "", "hans", "hant"));
      }),
      RUNS,
    );
  });
});
