/**
 * `npm run dev` with the content folder outside the project (NEWSPRINT_CONTENT_DIR): an edit to an
 * article reaches the page, as it does for the project's own content/ (which Vite watches anyway).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../support/site.ts";

const WORK = mkdtempSync(join(tmpdir(), "newsprint-dev-"));
const ARTICLE = join(WORK, "content", "qingdao.md");
const text = (body: string) => `---\ntitle: 青岛保密培训\ndate: 2021-12-06\nsource: 宣传教育司\n---\n\n${body}\n`;
let server: DevServer;

beforeAll(async () => {
  mkdirSync(join(WORK, "content"));
  writeFileSync(ARTICLE, text("青岛市保密局近日举办保密培训。"));
  server = await startDevServer({ contentDir: join(WORK, "content"), cacheDir: join(WORK, "cache") });
}, 180_000);
afterAll(async () => {
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

const page = async () => (await fetch(`${server.url}/zh-hans/qingdao`)).text();

it("shows an edit of an article outside the project", async () => {
  expect(await page()).toContain("青岛市保密局近日举办保密培训");
  writeFileSync(ARTICLE, text("青岛市保密局近日举办保密培训，为期两天。"));
  const deadline = Date.now() + 30_000;
  let html = "";
  while (Date.now() < deadline && !(html = await page()).includes("为期两天")) {
    await new Promise((done) => setTimeout(done, 250));
  }
  expect(html, server.output()).toContain("为期两天");
}, 60_000);
