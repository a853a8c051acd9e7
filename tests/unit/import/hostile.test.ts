/** The importer's file walk and photo copies against hostile folders, run through the real CLI. */
import { spawnSync } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const node = join(root, "node_modules/.bin/node");
const cli = join(root, "src/cli/import.ts");
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);
const ARTICLE = "标题在此处\n2022-01-05 来源：本站\n我们展示了成果，大家都很满意。\n";
const pageWith = (img: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>x</title>
<meta property="og:title" content="港口新码头今日启用"><meta property="article:published_time" content="2024-05-12T08:00:00+08:00">
<meta property="og:site_name" content="某某日报"></head><body><article><h1>港口新码头今日启用</h1>
<figure>${img}<figcaption>新码头全景。</figcaption></figure>
<p>本报讯，港口新码头今日正式启用，可同时停靠四艘大型货轮，预计每年吞吐量增加两成，带动周边物流产业发展。</p>
<p>港务局表示，新码头采用自动化设备，装卸效率比旧码头提高一倍，并配备岸电设施，减少船舶靠港期间的排放。</p>
</article></body></html>`;

let dir: string;
const run = (...args: string[]) => spawnSync(node, [cli, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
/** No stack trace: no `    at ` frames, no internal error names. */
const noStack = (text: string): void => {
  expect(text).not.toMatch(/^\s+at /mu);
  expect(text).not.toMatch(/TypeError|RangeError|ReferenceError/u);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsprint-hostile-"));
});

describe("importer file walk", { timeout: 120_000 }, () => {
  it("never leaves the folder: a link to / and a link to an outside file are not followed", () => {
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.txt"), ARTICLE);
    writeFileSync(join(dir, "secret.txt"), ARTICLE.replace("标题在此处", "外面的秘密文件"));
    symlinkSync("/", join(dir, "in", "root"));
    symlinkSync(join(dir, "secret.txt"), join(dir, "in", "secret.txt"));
    const r = run("in", "--out", "out");
    noStack(r.stderr);
    expect(r.stderr).toMatch(
      /in\/root: a link that leads out of the folder being imported: not followed \[import-link-outside\]/u,
    );
    expect(r.stderr).toMatch(/in\/secret\.txt: a link that leads out .*\[import-link-outside\]/u);
    expect(readdirSync(join(dir, "out"))).toEqual(["2022-01-05-biao-ti-zai-ci-chu.md"]);
    expect(r.status).toBe(2);
  });

  it("skips a FIFO with a message instead of hanging, and refuses one named directly", () => {
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.txt"), ARTICLE);
    execFileSync("mkfifo", [join(dir, "in", "pipe.txt")]);
    const r = run("in", "--out", "out");
    expect(r.error).toBeUndefined();
    expect(r.stderr).toMatch(/pipe\.txt: a FIFO \(named pipe\), not a file: skipped \[import-special-file\]/u);
    expect(existsSync(join(dir, "out", "2022-01-05-biao-ti-zai-ci-chu.md"))).toBe(true);
    const direct = run(join("in", "pipe.txt"));
    expect(direct.error).toBeUndefined();
    expect(direct.status).toBe(2);
    expect(direct.stderr).toMatch(
      /pipe\.txt: a FIFO \(named pipe\), not a file: nothing read \[import-special-file\]/u,
    );
    const device = run("/dev/null");
    expect(device.stderr).toMatch(/\/dev\/null: a device, not a file/u);
  });

  it("refuses --out and --media naming a file with a clear message", () => {
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    writeFileSync(join(dir, "taken"), "x");
    for (const option of ["--out", "--media"]) {
      const r = run("a.txt", option, "taken");
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `${option} taken: this is a file, not a folder: name a folder (it is made if missing) [import-out-not-folder]\n`,
      );
    }
    expect(readFileSync(join(dir, "taken"), "utf8")).toBe("x");
  });

  it("refuses a NUL byte with its line and column", () => {
    writeFileSync(join(dir, "nul.txt"), "标题在此处\n2022-01-05 来源：本站\n我们展示\0了成果。\n");
    const r = run("nul.txt");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^nul\.txt:3:5: not a text file: a NUL byte here .* \[import-binary\]\n$/u);
    writeFileSync(join(dir, "nul.html"), "<html><body>\n<p>正文\0</p></body></html>");
    const page = run("nul.html");
    expect(page.stderr).toMatch(/^nul\.html:2:6: a NUL byte.*\[import-binary\]\n$/u);
  });
});

describe("importer photo copies", { timeout: 120_000 }, () => {
  it("copies a saved JPEG but never an SVG with script, a link out, or an HTML file named .jpg", () => {
    mkdirSync(join(dir, "p_files"));
    writeFileSync(join(dir, "p_files", "good.jpg"), JPEG);
    writeFileSync(
      join(dir, "p_files", "evil.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    writeFileSync(join(dir, "p_files", "fake.jpg"), "<html><script>alert(1)</script></html>");
    writeFileSync(join(dir, "outside.jpg"), JPEG);
    mkdirSync(join(dir, "sub"));
    symlinkSync("/etc/passwd", join(dir, "p_files", "passwd.jpg"));
    for (const [name, img, problem] of [
      [
        "svg",
        '<img src="p_files/evil.svg">',
        /evil\.svg is no JPEG, PNG, GIF, WebP or AVIF photo .*\[import-active-content\]/u,
      ],
      ["fake", '<img src="p_files/fake.jpg">', /fake\.jpg is no JPEG.*\[import-active-content\]/u],
      [
        "link",
        '<img src="p_files/passwd.jpg">',
        /passwd\.jpg is a link that leads out of the page's folder: not copied \[import-link-outside\]/u,
      ],
    ] as const) {
      writeFileSync(join(dir, `${name}.html`), pageWith(img));
      const r = run(`${name}.html`, "--out", `out-${name}`, "--media", `media-${name}`);
      noStack(r.stderr);
      expect(r.stdout).toMatch(problem);
      expect(r.status).toBe(1);
      expect(existsSync(join(dir, `media-${name}`))).toBe(false);
    }
    // a lazy-load photo matched by name in the saved files folder is checked the same way
    mkdirSync(join(dir, "lazy_files"));
    symlinkSync("/etc/passwd", join(dir, "lazy_files", "photo.jpg"));
    writeFileSync(
      join(dir, "lazy_files", "drawing.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    writeFileSync(
      join(dir, "lazy.html"),
      pageWith(
        '<img data-src="https://img.example.com/a/photo.jpg"><img data-src="https://img.example.com/a/drawing.svg">',
      ),
    );
    const lazy = run("lazy.html", "--out", "out-lazy", "--media", "media-lazy");
    expect(lazy.stdout).toMatch(
      /photo\.jpg is a link that leads out of the page's folder: not copied \[import-link-outside\]/u,
    );
    expect(lazy.stdout).toMatch(/drawing\.svg is no JPEG.*\[import-active-content\]/u);
    expect(lazy.status).toBe(1);
    expect(existsSync(join(dir, "media-lazy"))).toBe(false);
    writeFileSync(join(dir, "sub", "climb.html"), pageWith('<img src="../outside.jpg">'));
    const climb = run(join("sub", "climb.html"), "--out", "out-climb", "--media", "media-climb");
    expect(climb.stdout).toMatch(/outside the page's folder \[import-link-outside\]/u);
    expect(existsSync(join(dir, "media-climb"))).toBe(false);
    writeFileSync(join(dir, "good.html"), pageWith('<img src="p_files/good.jpg">'));
    const good = run("good.html", "--out", "out-good", "--media", "media-good");
    expect(good.status).toBe(0);
    const copied = readdirSync(join(dir, "media-good", "media"), { recursive: true, encoding: "utf8" });
    expect(copied.some((name) => name.endsWith("good.jpg"))).toBe(true);
  });
});
