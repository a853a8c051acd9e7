/** The importer on random bytes and truncated files: no exception; the CLI refuses garbage. */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { importHtml, importRaw } from "../../../src/lib/import/index.ts";
import { ROOT } from "../../support/site.ts";

const run = promisify(execFile);
const WORK = join(ROOT, ".tmp/hardening-import");
const fixtures = join(ROOT, "tests/fixtures/import");
/** A real article as text; its truncations cut lines, UTF-8 sequences and structure. */
const sample = "seed.expected.md";

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("importRaw never throws", () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = importRaw(bytes, "random.txt");
        if (!result.ok) expect(result.reason).toMatch(/^random\.txt:\d+:\d+: .* \[import-[a-z-]+\]/su);
      }),
      { numRuns: 150 },
    );
  });

  it("on every truncation of a real input", () => {
    const bytes = readFileSync(join(fixtures, sample));
    fc.assert(
      fc.property(fc.nat(bytes.length), (length) => {
        importRaw(bytes.subarray(0, length), "cut.txt");
      }),
      { numRuns: 100 },
    );
  });
});

describe("importHtml never throws", () => {
  it("on random markup", () => {
    const tag = fc.constantFrom(
      "<p>",
      "</p>",
      "<div class=info>",
      "</div>",
      "<h1>",
      "</h1>",
      "<img src=a.jpg>",
      "<br>",
      "<script>",
      "</script>",
      "<figure>",
      "<figcaption>",
    );
    const text = fc.constantFrom(
      "新华社北京5月11日电",
      "2024-05-12 08:31",
      "来源：新华社",
      "会议强调，要加快建设。",
      "&gt;",
      "\u0000",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, text), { maxLength: 60 }), (parts) => {
        const result = importHtml(new TextEncoder().encode(parts.join("")), "page.html");
        if (!result.ok) expect(result.reason).toMatch(/^page\.html:\d+:\d+: .* \[import-[a-z-]+\]/su);
      }),
      { numRuns: 60 },
    );
  });
});

describe("importer refuses garbage", () => {
  it("refuses random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 200, maxLength: 2000 }), (bytes) => {
        expect(importRaw(bytes, "random.txt").ok).toBe(false);
      }),
      { numRuns: 50, seed: 6, endOnFailure: true },
    );
  });
});

describe("import CLI on garbage", () => {
  it("exits 2 with a message and writes nothing", async () => {
    rmSync(WORK, { recursive: true, force: true });
    const out = join(WORK, "out");
    mkdirSync(WORK, { recursive: true });
    const inputs = {
      "empty.txt": new Uint8Array(0),
      "zeros.bin": new Uint8Array(4096),
      "blank.txt": new TextEncoder().encode(" \n\r\n\t\n"),
      "bom-only.txt": new Uint8Array([0xef, 0xbb, 0xbf]),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      writeFileSync(join(WORK, name), bytes);
      const result = await run(process.execPath, ["src/cli/import.ts", join(WORK, name), "--out", out], {
        cwd: ROOT,
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(result.code, name).toBe(2);
      expect(result.stderr).toContain(name);
      expect(readdirSync(WORK).filter((f) => f === "out")).toEqual([]);
    }
  });
});
