/**
 * Image references and photo files from untrusted content: nothing outside content/ and public/
 * is used, no special file is opened (a FIFO would hang), SVG is refused, and every photo that
 * cannot be used is named with a rule id. Files are made at run time (tests/support/photos.ts).
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveImage } from "../../../src/lib/article/image-file.ts";
import { checkPhoto } from "../../../src/lib/site/photo-check.ts";
import { ROOT } from "../../support/site.ts";
import { writeHostilePhotos } from "../../support/photos.ts";

const WORK = join(ROOT, ".tmp/hardening-photos");
const CONTENT = join(WORK, "site/content");
const ARTICLES = join(CONTENT, "2024");
const PUBLIC = join(WORK, "site/public");
const OUTSIDE = join(WORK, "outside");
const FRAMES = join(WORK, "frames");
const roots = { articleDir: ARTICLES, contentDir: CONTENT, publicDir: PUBLIC };
let socket: Server | undefined;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  for (const dir of [ARTICLES, join(PUBLIC, "media"), OUTSIDE]) mkdirSync(dir, { recursive: true });
  await writeHostilePhotos(ARTICLES);
  writeFileSync(join(OUTSIDE, "secret.jpg"), "outside");
  writeFileSync(join(WORK, "site/x.png"), "next to content, not in it");
  writeFileSync(join(PUBLIC, "media/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  await sharp({ create: { width: 800, height: 600, channels: 3, background: "#336" } })
    .jpeg()
    .toFile(join(PUBLIC, "media/ok.jpg"));
  symlinkSync(join(OUTSIDE, "secret.jpg"), join(ARTICLES, "link-out.jpg"));
  symlinkSync(OUTSIDE, join(ARTICLES, "linked-folder"));
  symlinkSync(join(ARTICLES, "ok.jpg"), join(ARTICLES, "link-in.jpg"));
  symlinkSync(join(ARTICLES, "loop.jpg"), join(ARTICLES, "loop.jpg"));
  symlinkSync("/dev/zero", join(ARTICLES, "zero.jpg"));
  mkdirSync(join(ARTICLES, "folder.jpg"));
  execFileSync("mkfifo", [join(ARTICLES, "fifo.jpg")]);
  socket = createServer();
  await new Promise<void>((done) => socket?.listen(join(ARTICLES, "socket.jpg"), done));
  writeFileSync(join(ARTICLES, "locked.jpg"), "x");
  chmodSync(join(ARTICLES, "locked.jpg"), 0o000);
});
afterAll(async () => {
  await new Promise((done) => socket?.close(done));
  rmSync(WORK, { recursive: true, force: true });
});

const ruleOf = (url: string) => {
  const resolved = resolveImage(url, roots);
  return "problem" in resolved ? resolved.problem.ruleId : "ok";
};

describe("image references", () => {
  it("refuses every path that climbs out of the content folder or public/", () => {
    for (const url of [
      "../../x.png",
      "../../../outside/secret.jpg",
      "/../../outside/secret.jpg",
      "/../x.png",
      "/media/../../x.png",
      "%2e%2e/%2e%2e/x.png",
      "..%2F..%2Fx.png",
      "..\\..\\x.png",
      "/media/..%5C..%5Cx.png",
      "/etc/passwd",
    ]) {
      expect([url, ruleOf(url)]).toEqual([url, url === "/etc/passwd" ? "image-missing" : "image-outside"]);
    }
  });

  it("follows no link out of the site, and names special files without opening them", { timeout: 5_000 }, () => {
    expect(ruleOf("./link-out.jpg")).toBe("image-link-outside");
    expect(ruleOf("./linked-folder/secret.jpg")).toBe("image-link-outside");
    expect(ruleOf("./zero.jpg")).toBe("image-link-outside");
    expect(ruleOf("./loop.jpg")).toBe("image-missing");
    // A FIFO opened for reading would block until a writer comes: the 5 s timeout is the proof.
    expect(ruleOf("./fifo.jpg")).toBe("image-not-a-file");
    expect(ruleOf("./socket.jpg")).toBe("image-not-a-file");
    expect(ruleOf("./folder.jpg")).toBe("image-not-a-file");
    if (process.getuid?.() !== 0) expect(ruleOf("./locked.jpg")).toBe("image-unreadable");
    // A link that stays inside resolves to its real file.
    expect(resolveImage("./link-in.jpg", roots)).toEqual({ path: join(ARTICLES, "ok.jpg") });
  });

  it("names javascript:, data: and file: addresses, and refuses SVG wherever it is", () => {
    expect(ruleOf("javascript:alert(1)")).toBe("image-scheme");
    expect(ruleOf("JaVaScRiPt:alert(1)")).toBe("image-scheme");
    expect(ruleOf("data:image/png;base64,iVBORw0KGgo=")).toBe("image-scheme");
    expect(ruleOf("file:///etc/passwd")).toBe("image-scheme");
    expect(ruleOf("https://example.com/a.jpg")).toBe("image-remote");
    expect(ruleOf("./script.svg")).toBe("image-svg");
    expect(ruleOf("/media/logo.svg")).toBe("image-svg");
    const message = resolveImage("data:image/png;base64," + "A".repeat(5000), roots);
    expect("problem" in message && message.problem.message.length).toBeLessThan(400);
  });

  it("accepts photos next to the article, elsewhere in the content folder and in public/", () => {
    expect(resolveImage("./ok.jpg", roots)).toEqual({ path: join(ARTICLES, "ok.jpg") });
    expect(resolveImage("ok%2Ejpg?v=2#top", roots)).toEqual({ path: join(ARTICLES, "ok.jpg") });
    expect(resolveImage("/media/ok.jpg", roots)).toEqual({ path: join(PUBLIC, "media/ok.jpg") });
    expect(resolveImage("../../public/media/ok.jpg", roots)).toEqual({ path: join(PUBLIC, "media/ok.jpg") });
  });
});

describe("photo files", () => {
  const check = (name: string) => checkPhoto(join(ARTICLES, name), `Image "./${name}"`, FRAMES);
  const rules = async (name: string) => (await check(name)).problems.map((problem) => problem.ruleId);

  it("drops, with a rule id each, what cannot be published as it is", { timeout: 20_000 }, async () => {
    const expected: Record<string, string> = {
      "truncated.jpg": "image-truncated",
      "empty.jpg": "image-empty",
      "text.jpg": "image-unreadable-format",
      "svg-named.jpg": "image-svg",
      "huge.png": "image-too-large",
      "tiny.jpg": "image-too-small",
      "fifo.jpg": "image-not-a-file",
      "folder.jpg": "image-not-a-file",
    };
    for (const [name, rule] of Object.entries(expected)) {
      const result = await check(name);
      expect([name, result.use, result.problems.map((problem) => problem.ruleId)]).toEqual([name, undefined, [rule]]);
      expect(result.problems[0]?.message).toContain(`Image "./${name}"`);
    }
  });

  it("uses AVIF, 16-bit PNG, CMYK JPEG, a PNG named .jpg and an EXIF-rotated photo", async () => {
    for (const name of ["photo.avif", "deep.png", "cmyk.jpg", "png-named.jpg", "ok.jpg"]) {
      expect([name, await rules(name)]).toEqual([name, []]);
    }
    const rotated = await check("rotated.jpg");
    expect(rotated.problems).toEqual([]);
    // Stored 1200 × 800 sideways: shown 800 × 1200.
    expect([rotated.image?.width, rotated.image?.height, rotated.image?.format]).toEqual([800, 1200, "jpeg"]);
  });

  it("publishes an animation's first frame as a still, and says so", async () => {
    const result = await check("animated.gif");
    expect(result.problems.map((problem) => problem.ruleId)).toEqual(["image-animated"]);
    const frame = await sharp(result.use).metadata();
    expect([frame.format, frame.width, frame.height, frame.pages ?? 1]).toEqual(["png", 400, 300, 1]);
    expect([result.image?.format, result.image?.width, result.image?.height]).toEqual(["png", 400, 300]);
    const { dominant } = await sharp(result.use).stats();
    expect(dominant.r).toBeGreaterThan(150); // The first frame is red.
  });
});
