/** The one list of article fields (src/lib/article/fields.ts) and what is derived from it. */
import { describe, expect, it } from "vitest";
import {
  ARTICLE_FIELDS,
  FIELD_KINDS,
  FIELD_NAMES,
  TRANSLATED_LISTS,
  TRANSLATED_MAPS,
  TRANSLATED_TEXTS,
} from "../../../src/lib/article/fields.ts";
import { parseArticle } from "../../../src/lib/article/parse.ts";
import { FRONT_MATTER_KEYS, frontMatterSchema } from "../../../src/lib/article/schema.ts";
import { converter } from "../../support/articles.ts";

const FRONT = `---
title: 发展中的软件
date: 2024-05-12
source: 新华社记者发
reprintedFrom: 人民日报发
author: 李发
authors:
  - 李发
  - 王头发
tags:
  - 发展
category: 科技发展
image:
  src: https://example.com/a.jpg
  alt: 头发
  caption: 发展图
  credit: 发图者
summary: 软件发展。
breadcrumb:
  - 首页发
  - 科技发展
---

正文发展。
`;

describe("article fields", () => {
  it("are the front matter's keys, schema and YAML kinds", () => {
    expect(FRONT_MATTER_KEYS).toEqual(FIELD_NAMES);
    expect(Object.keys(frontMatterSchema.shape)).toEqual(FIELD_NAMES);
    const required = FIELD_NAMES.filter((name) => "required" in ARTICLE_FIELDS[name]);
    expect(required).toEqual(["title", "date", "source"]);
    expect(frontMatterSchema.safeParse({ title: "t", date: "2024-05-12" }).success).toBe(false);
    expect(FIELD_KINDS).toMatchObject({ date: "date", tags: "list", draft: "boolean", image: "map" });
    for (const name of FIELD_NAMES) expect(ARTICLE_FIELDS[name].doc).toMatch(/^[A-Z`].*\.$/);
  });

  it("converts every translated field into each edition, by name", () => {
    const outcome = parseArticle(FRONT.replace("https://example.com/a.jpg", "./a.jpg"), {
      file: "content/a.md",
      defaultSlug: "a",
      converter,
      fileExists: () => true,
    });
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const hant = outcome.article?.editions["zh-hant"];
    const hans = outcome.article?.editions["zh-hans"];
    expect(hans?.title).toBe("发展中的软件");
    expect(hant).toMatchObject({
      source: "新華社記者發",
      reprintedFrom: "人民日報發",
      author: "李發",
      authors: ["李發", "王頭髮"],
      tags: ["發展"],
      category: "科技發展",
      breadcrumb: ["首頁發", "科技發展"],
      image: { alt: "頭髮", caption: "發展圖", credit: "發圖者" },
      summary: "軟體發展。",
    });
    expect(hant?.title).toBe("發展中的軟體");
  });

  it("checks conversion markup in every translated field and no other", () => {
    const broken = [
      ...TRANSLATED_TEXTS,
      ...TRANSLATED_LISTS,
      ...TRANSLATED_MAPS.flatMap(([f, keys]) => keys.map((k) => `${f}.${k}`)),
    ];
    const source = FRONT.replace(/^(\s*(?:- |[a-zA-Z]+: ))(?!https)(?!\.\/)(\S*发\S*)$/gm, "$1$2-{").replace(
      "src: https://example.com/a.jpg",
      "src: ./a.jpg",
    );
    const outcome = parseArticle(source, { file: "content/a.md", defaultSlug: "a", converter, fileExists: () => true });
    const marked = outcome.diagnostics
      .filter((d) => d.ruleId === "conversion-markup")
      .map((d) => /^"([^"]+)"/.exec(d.message)?.[1]);
    expect(new Set(marked)).toEqual(new Set(broken));
  });
});
