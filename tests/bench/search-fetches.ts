/**
 * Files and bytes one search fetches from the index of a built site, in Chromium:
 * `node tests/bench/search-fetches.ts <site dir> <query>…` (searches the zh-hans edition).
 */
import { launchBrowser, serve } from "../support/browser.ts";

const [dir, ...queries] = process.argv.slice(2);
const server = await serve(dir!);
const browser = await launchBrowser();
for (const query of queries) {
  const page = await browser.newPage();
  const fetched: { url: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    const size = await request.sizes().catch(() => undefined);
    fetched.push({ url: new URL(request.url()).pathname, bytes: size?.responseBodySize ?? 0 });
  });
  await page.goto(`${server.url}zh-hans/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector(".np-search-status")?.textContent !== "", undefined, {
    timeout: 60000,
  });
  await page.waitForTimeout(500);
  const index = fetched.filter((f) => f.url.includes("/pagefind/"));
  const results = await page.locator(".np-search-results > li").count();
  const kinds = new Map<string, number>();
  for (const f of index) {
    const kind = f.url
      .replace(/.*\/pagefind\/[^/]+\//, "")
      .replace(/[._][0-9a-f]{6,}.*$|\.pf_.*$/, "")
      .replace(/\/.*$/, "/");
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(
    `${query}: ${results} results; ${fetched.length} requests in all, ${index.length} from pagefind/ (${(index.reduce((s, f) => s + f.bytes, 0) / 1024).toFixed(0)} KiB):`,
    Object.fromEntries(kinds),
  );
  await page.close();
}
await browser.close();
await server.close();
