/**
 * Photos reach Astro's image generation without the bundler: the build links each original where
 * Astro reads it and removes it once encoded. A photo replaced under the same name is encoded again
 * in the next build, and a photo copied again after a build that reported it unusable is then
 * used, though the article itself did not change.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORIGINALS_PATH, publishOriginals } from "../../../src/lib/output/photo-originals.ts";
import { buildSite, ROOT, type BuildResult } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/photo-originals");
const CONTENT = join(WORK, "content");
const SITE = ".tmp/photo-originals/photo-originals-site";
const OUT = join(ROOT, SITE);

const article = (slug: string, photo: string) =>
  `---\ntitle: 深圳地铁新线开通 ${slug}\ndate: 2024-10-08\nsource: 深圳特区报\nimage:\n  src: ./media/${photo}\n  alt: 列车进站\n  caption: 新线列车驶入车站。\n---\n\n深圳地铁新线今日开通运营，沿线市民乘车出行。\n`;

/** A JPEG of one colour, of the given size. */
const photo = (width: number, height: number, red: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: red, g: 40, b: 40 } } })
    .jpeg()
    .toBuffer();

const build = (): Promise<BuildResult> => buildSite({ outDir: SITE, contentDir: CONTENT });

/** The <img> of the article's lead photo: its src, width and height attributes. */
function leadImage(slug: string): { src: string; width: number; height: number } | undefined {
  const html = readFileSync(join(OUT, `zh-hans/${slug}.html`), "utf8");
  const img = /<article[\s\S]*?<img src="([^"]+)"[^>]*?width="(\d+)" height="(\d+)"/.exec(html);
  return img ? { src: img[1] ?? "", width: Number(img[2]), height: Number(img[3]) } : undefined;
}

let first: BuildResult;
beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  rmSync(join(ROOT, ".tmp/cache/photo-originals-site"), { recursive: true, force: true });
  mkdirSync(join(CONTENT, "media"), { recursive: true });
  writeFileSync(join(CONTENT, "media/line.jpg"), await photo(1600, 1000, 200));
  writeFileSync(join(CONTENT, "line.md"), article("line", "line.jpg"));
  writeFileSync(join(CONTENT, "media/later.jpg"), ""); // An interrupted copy.
  writeFileSync(join(CONTENT, "later.md"), article("later", "later.jpg"));
  first = await build();
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("photo originals", () => {
  it("encodes each photo and publishes no original", () => {
    expect(first.code, first.stderr).toBe(0);
    const files = readdirSync(join(OUT, "_astro/photos"));
    expect(files.some((file) => /^line\.[0-9a-f]{16}_\w+\.webp$/.test(file))).toBe(true);
    expect(files.filter((file) => /\.jpg$/.test(file) && !/_\w+\.jpg$/.test(file))).toEqual([]);
    expect(leadImage("line")).toMatchObject({ width: 640, height: 400 });
    // The empty photo is reported at its article and left out.
    expect(`${first.stdout}${first.stderr}`).toMatch(/later\.md:\d+:\d+.*later\.jpg.*image-empty/);
    expect(leadImage("later")).toBeUndefined();
  });

  it("encodes a replaced photo again and uses one copied again, without an edit to the article", async () => {
    const before = leadImage("line");
    writeFileSync(join(CONTENT, "media/line.jpg"), await photo(1200, 1200, 30));
    writeFileSync(join(CONTENT, "media/later.jpg"), await photo(1280, 720, 90));
    const second = await build();
    expect(second.code, second.stderr).toBe(0);
    const after = leadImage("line");
    expect(after).toMatchObject({ width: 640, height: 640 });
    expect(after?.src).not.toBe(before?.src);
    const encoded = await sharp(join(OUT, (after?.src ?? "").replace(/^\//, ""))).stats();
    expect(encoded.dominant.r).toBeLessThan(80); // The new photo's colour, not the old one's.
    expect(leadImage("later")).toMatchObject({ width: 640, height: 360 });
    expect(existsSync(join(OUT, "_astro/photos"))).toBe(true);
  }, 300_000);
});

describe("publishing originals", () => {
  it("links a photo reached through a symbolic link by its real path, never the link", async () => {
    const dir = join(WORK, "links");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "content/media"), { recursive: true });
    writeFileSync(join(dir, "content/media/real.jpg"), await photo(64, 64, 10));
    symlinkSync("real.jpg", join(dir, "content/media/alias.jpg"));
    publishOriginals(join(dir, "out"), [
      { name: "alias.0123456789abcdef.jpg", path: join(dir, "content/media/alias.jpg") },
    ]);
    const published = join(dir, "out", ORIGINALS_PATH, "alias.0123456789abcdef.jpg");
    expect(lstatSync(published).isFile()).toBe(true);
    expect(lstatSync(published).ino).toBe(statSync(join(dir, "content/media/real.jpg")).ino);
    // Published again (a rebuild into the same folder): the same file stays.
    publishOriginals(join(dir, "out"), [
      { name: "alias.0123456789abcdef.jpg", path: join(dir, "content/media/real.jpg") },
    ]);
    expect(lstatSync(published).isFile()).toBe(true);
  });
});
