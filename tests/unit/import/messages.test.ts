/**
 * Every item the importer asks the editor to check is a vfile message under a registered
 * importer rule, placed in the raw input, and the printed report names the rule.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/lib/article/rules/registry.ts";
import { attentionOf, importHtml, importRaw, repairsOf } from "../../../src/lib/import/index.ts";
import { IMPORT_RULES } from "../../../src/lib/import/rules/index.ts";

const OUTLETS = fileURLToPath(new URL("../../fixtures/import/outlets/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../fixtures/import/corpus/", import.meta.url));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("importer messages", () => {
  it("carry a registered importer rule id, a place and the raw → written text", () => {
    const result = importRaw(
      encode("標題在此\n\n2022-01-05 來源：本站\n\n我們向?qū員們展示了成果。\n\n他說A好的辦法。\n"),
      "lost.txt",
    );
    if (!result.ok) throw new Error(result.reason);
    const messages = attentionOf(result.file);
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ["import-lost-character", 5, 4],
      ["import-looks-garbled", 7, 2],
    ]);
    for (const message of messages) {
      expect(message.fatal).toBe(false);
      expect(message.source).toBe("newsprint");
      expect(RULES[message.ruleId as keyof typeof RULES].area).toBe("importer");
    }
    expect(messages[0]?.actual).toMatch(/^\?/u);
    expect(messages[0]?.expected).toEqual(["〓"]);
    expect(result.report).toMatch(/1\. raw 5:4 → article line \d+ {2}lost character .*\[import-lost-character\]/u);
    expect(result.report).toContain("[import-looks-garbled]");
  });

  it("hold every repair as an info message beside the warnings, in raw input order", () => {
    const result = importRaw(
      encode("標題在此\n\n2022-01-05 來源：本站\n\n他說,我們向?qū員們展示了成果,大家都很滿意。\n"),
      "mixed.txt",
    );
    if (!result.ok) throw new Error(result.reason);
    const repairs = repairsOf(result.file);
    expect(repairs.map((message) => [message.ruleId, message.line, message.column, message.actual])).toEqual([
      ["full-width-punctuation", 5, 3, ","],
      ["lost-character", 5, 7, "?qū"],
      ["full-width-punctuation", 5, 17, ","],
    ]);
    for (const message of repairs) {
      expect(message.fatal).toBeUndefined();
      expect(message.source).toBe("newsprint");
    }
    // the file holds both kinds, sorted by place; nothing else
    expect(result.file.messages).toHaveLength(repairs.length + attentionOf(result.file).length);
    const places = result.file.messages.map((message) => (message.line ?? 0) * 1000 + (message.column ?? 0));
    expect(places).toEqual([...places].sort((first, second) => first - second));
    expect(result.report).toContain("repairs (3): full-width-punctuation 2, lost-character 1");
  });

  it("keep a page-level message without a place (charset conflict, 人民网 fixture)", () => {
    const result = importHtml(readFileSync(join(OUTLETS, "people.html")), "people.html");
    if (!result.ok) throw new Error(result.reason);
    const conflict = result.file.messages.find((message) => message.ruleId === "import-charset-conflict");
    expect(conflict?.reason).toContain("GB2312");
    expect(conflict?.line).toBe(1);
    expect(result.report).toContain("[import-charset-conflict]");
  });

  it("are each raised by a listed rule module (every warning over the corpus and the saved pages)", () => {
    const emitted = new Set(IMPORT_RULES.flatMap((meta) => meta.emits));
    const raised = new Set<string>();
    for (const name of readdirSync(CORPUS).filter((file) => /\.(?:txt|html)$/u.test(file))) {
      const bytes = readFileSync(join(CORPUS, name));
      const result = name.endsWith(".html") ? importHtml(bytes, name) : importRaw(bytes, name);
      if (result.ok) for (const message of attentionOf(result.file)) raised.add(message.ruleId ?? "");
    }
    for (const name of ["people.html", "bbc.html", "oriental.html"]) {
      const result = importHtml(readFileSync(join(OUTLETS, name)), name);
      if (result.ok) for (const message of attentionOf(result.file)) raised.add(message.ruleId ?? "");
    }
    // the corpus raises several kinds, and each comes from a module that declares it
    expect(raised.size).toBeGreaterThanOrEqual(4);
    for (const id of raised) expect(emitted.has(id as never), id).toBe(true);
  });

  it("come from rule modules with one-line docs that emit only registered importer rules", () => {
    expect(new Set(IMPORT_RULES.map((meta) => meta.id)).size).toBe(IMPORT_RULES.length);
    for (const meta of IMPORT_RULES) {
      expect(meta.doc).toMatch(/^[A-Z].*\.$/u);
      expect(meta.doc).not.toContain("\n");
      for (const id of meta.emits) expect(RULES[id].area).toBe("importer");
    }
  });
});
