/** Debian Chromium driven by playwright-core, and a static server for a built site. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import sirv from "sirv";

import type { Browser } from "playwright-core";
import { launchBrowser } from "./chromium.ts";

export { launchBrowser };

export type StaticServer = { url: string; close: () => Promise<void> };

/** Serves `dir` at `mount` (e.g. "/news/") on a free loopback port. */
export async function serve(dir: string, mount = "/"): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false });
  const prefix = mount.replace(/\/$/, "");
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(`${prefix}/`)) {
      response.statusCode = 404;
      response.end("not found");
      return;
    }
    request.url = url.slice(prefix.length) || "/";
    files(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type ServedSite = { readonly browser: Browser; readonly server: StaticServer };

/** Serves a built site and starts Chromium for the tests of one file, closing both afterwards. */
export function useServedSite(siteDir: () => string): ServedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serve(siteDir());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the site is served only inside tests");
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
  };
}
