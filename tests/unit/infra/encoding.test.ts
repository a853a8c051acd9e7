/**
 * Articles saved in another encoding: the build names the encoding and suggests an iconv command
 * that, run as written on the file, gives the article back as valid UTF-8.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { decodeArticle } from "../../../src/lib/article/decode.ts";
import { guessEncoding } from "../../../src/lib/article/encoding.ts";

const WORK = mkdtempSync(join(tmpdir(), "newsprint-encoding-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const CHINESE =
  "---\ntitle: 青岛：保密培训快速起效 宣教成果次第开花\ndate: 2021-12-06\nsource: 宣传教育司\n---\n\n青岛市保密局近日举办保密培训，全市机关干部参加。培训围绕新修订的保密法展开，取得了良好效果。\n";
const TRADITIONAL =
  "---\ntitle: 青島：保密培訓快速起效 宣教成果次第開花\ndate: 2021-12-06\nsource: 宣傳教育司\n---\n\n青島市保密局近日舉辦保密培訓，全市機關幹部參加。培訓圍繞新修訂的保密法展開，取得了良好效果。\n";
const LATIN =
  "---\ntitle: Café à Zürich\ndate: 2021-12-06\nsource: Rédaction\n---\n\nLe déjeuner coûte 12 € à la crèche « Noël ».\n";
const LATIN_C1 =
  "---\ntitle: Été\ndate: 2021-12-06\nsource: Rédaction\n---\n\nUn caractère de contrôle \u0081 dans le texte.\n";

const ASCII = "---\ntitle: Cafe a Zurich\ndate: 2021-12-06\nsource: Redaction\n---\n\nPlain ASCII text.\n";

const bom = (bytes: Buffer, mark: number[]) => Buffer.concat([Buffer.from(mark), bytes]);

const cases: [string, Buffer, string, string, string][] = [
  ["GBK", iconv.encode(CHINESE, "gbk"), CHINESE, "GBK/GB18030", "GB18030"],
  ["Big5", iconv.encode(TRADITIONAL, "big5"), TRADITIONAL, "Big5", "BIG5"],
  [
    "UTF-16LE with BOM",
    bom(iconv.encode(CHINESE, "utf16le"), [0xff, 0xfe]),
    CHINESE,
    "UTF-16LE with a byte-order mark",
    "UTF-16",
  ],
  [
    "UTF-16BE with BOM",
    bom(iconv.encode(CHINESE, "utf16be"), [0xfe, 0xff]),
    CHINESE,
    "UTF-16BE with a byte-order mark",
    "UTF-16",
  ],
  ["UTF-16LE", iconv.encode(CHINESE, "utf16le"), CHINESE, "UTF-16LE", "UTF-16LE"],
  ["UTF-16BE", iconv.encode(TRADITIONAL, "utf16be"), TRADITIONAL, "UTF-16BE", "UTF-16BE"],
  ["ASCII-only UTF-16LE (valid UTF-8 with zero bytes)", iconv.encode(ASCII, "utf16le"), ASCII, "UTF-16LE", "UTF-16LE"],
  ["Windows-1252", iconv.encode(LATIN, "win1252"), LATIN, "Latin-1/Windows-1252", "WINDOWS-1252"],
  [
    "Latin-1 with a byte Windows-1252 leaves undefined",
    iconv.encode(LATIN_C1, "latin1"),
    LATIN_C1,
    "Latin-1/Windows-1252",
    "ISO-8859-1",
  ],
];

describe("articles in another encoding", () => {
  it.each(cases)(
    "%s: named, and the suggested iconv command yields the article as UTF-8",
    (label, bytes, text, name, iconvName) => {
      const file = join(WORK, `${label.replace(/\W+/g, "-")}.md`);
      writeFileSync(file, bytes);
      expect(guessEncoding(bytes)).toMatchObject({ name, iconv: iconvName });
      const read = decodeArticle(bytes, file);
      if (!("diagnostic" in read)) throw new Error("read as UTF-8");
      expect(read.diagnostic.message).toContain(
        name.startsWith("UTF-16") ? `The file is ${name}, not UTF-8` : `it looks like ${name};`,
      );
      const command = /`(iconv [^`]+)`/.exec(read.diagnostic.message)?.[1];
      expect(command).toBe(`iconv -f ${iconvName} -t UTF-8 ${file} > converted.md && mv converted.md ${file}`);
      execFileSync("sh", ["-c", command ?? ""], { cwd: WORK });
      const converted = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
      expect(converted.replace(/^\uFEFF/, "")).toBe(text);
      expect(decodeArticle(readFileSync(file), file)).toEqual({ text });
    },
  );

  it("points at the first byte that is not UTF-8 in a double-byte file, at 1:1 in a UTF-16 one", () => {
    const gbk = decodeArticle(iconv.encode(CHINESE, "gbk"), "a.md");
    expect("diagnostic" in gbk && [gbk.diagnostic.line, gbk.diagnostic.column]).toEqual([2, 8]);
    const utf16 = decodeArticle(iconv.encode(CHINESE, "utf16le"), "a.md");
    expect("diagnostic" in utf16 && [utf16.diagnostic.line, utf16.diagnostic.column]).toEqual([1, 1]);
  });

  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decodeArticle(Buffer.from(CHINESE), "a.md")).toEqual({ text: CHINESE });
    expect(decodeArticle(Buffer.from(`\uFEFF${CHINESE}`), "a.md")).toEqual({ text: CHINESE });
  });
});
