/**
 * The dev server's live content store (src/integrations/dev-content-store.ts) on a stand-in for
 * Vite's server: publishing invalidates the store module and reloads open pages; the reload Astro
 * sends once it has written the store file is dropped, and no other reload is; a page that reports
 * older content than the last published is reloaded.
 */
import { describe, expect, it } from "vitest";
import type { ViteDevServer } from "vite";
import { devContentStore } from "../../../src/integrations/dev-content-store.ts";

type Listener = (data: unknown, client: { send: (payload: unknown) => void }) => void;

/** A Vite server with the parts the live store uses; what reaches the browser is recorded. */
function fakeServer() {
  const browser: unknown[] = [];
  const invalidated: string[] = [];
  const listeners = new Map<string, Listener>();
  const environment = (name: string) => ({
    hot: { send: () => {} },
    moduleGraph: {
      getModuleById: (id: string) => ({ id }),
      invalidateModule: (module: { id: string }) => invalidated.push(`${name} ${module.id}`),
    },
  });
  const server = {
    environments: {
      ssr: environment("ssr"),
      prerender: environment("prerender"),
      client: {
        hot: {
          send: (payload: unknown) => browser.push(payload),
          on: (event: string, listener: Listener) => listeners.set(event, listener),
        },
      },
    },
    ws: { clients: new Set([{}]) },
  };
  return { server: server as unknown as ViteDevServer, browser, invalidated, listeners };
}

const reload = { type: "full-reload", path: "*" };
const tick = () => new Promise((done) => setTimeout(done, 0));

describe("devContentStore", () => {
  it("invalidates the store module and reloads the browser when the loader publishes", () => {
    const { server, browser, invalidated } = fakeServer();
    devContentStore(server).publish(new Map([["articles", new Map()]]));
    expect(invalidated).toEqual(["ssr \0astro:data-layer-content", "prerender \0astro:data-layer-content"]);
    expect(browser).toEqual([reload]);
  });

  it("drops only the reload Astro sends with its own store write", async () => {
    const { server, browser } = fakeServer();
    devContentStore(server);
    const { ssr, prerender, client } = server.environments as unknown as Record<
      string,
      { hot: { send: (...args: unknown[]) => void } }
    >;
    // Astro's invalidateDataStore: the page environments told, then the browser, in one call.
    ssr!.hot.send("astro:content-changed", {});
    prerender!.hot.send("astro:content-changed", {});
    client!.hot.send(reload);
    await tick();
    // Vite's reloads for an edited script, and the dependency optimiser's, soon after.
    const script = { type: "full-reload", path: "*", triggeredBy: "/site/src/scripts/search.ts" };
    client!.hot.send(script);
    client!.hot.send(reload);
    expect(browser).toEqual([script, reload]);
  });

  it("reloads a page that reports content older than the last published", () => {
    const { server, listeners } = fakeServer();
    const store = devContentStore(server);
    store.publish(new Map());
    store.publish(new Map());
    const sent: unknown[] = [];
    const shown = listeners.get("newsprint:content-shown")!;
    shown({ content: "2" }, { send: (payload) => sent.push(payload) });
    expect(sent).toEqual([]);
    shown({ content: "1" }, { send: (payload) => sent.push(payload) });
    expect(sent).toEqual([reload]);
  });
});
