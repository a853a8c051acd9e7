/**
 * The dev server shows an edited article as soon as the loader has synced it.
 *
 * Astro writes its whole content store to `.astro/data-store.json` 500 ms after the last change,
 * then invalidates the store module and reloads the browser; the page then reads and parses the
 * file again. At 4,000 articles the wait, the write (serialising every entry) and the read took
 * 1.4 of the 2 s an edit needed to show (docs/performance.md). The loader hands its collection to
 * the integration once a sync has changed it; the integration keeps it where the store module
 * (./data-store-module.ts) finds it in this process, invalidates that module as Astro does and
 * reloads the browser at once. Astro still writes the file, for the next start; the reload it sends
 * then would show the same page again, so it is not passed on.
 *
 * While an edit waits for its sync (../loaders/watch-content.ts), pages are held until it is done:
 * a page loaded meanwhile (the reload after the edit, or one the editor opens) shows the edit
 * rather than the text before it. The wait starts when the watcher reports the change: for a file
 * saved by renaming another over it, or deleted, about 100 ms later (chokidar's atomic-write
 * handling). A page served just before the edit may still be loading when the reload is sent, and
 * miss it: each page is told which content it shows (a Server-Timing entry), reports it once
 * connected (PAGE_SCRIPT), and is reloaded if the content has changed since. Browsers expose
 * Server-Timing to secure contexts only (localhost, HTTPS): a page opened over plain HTTP from
 * another machine does not report, and is reloaded only by the next edit.
 *
 * The live store holds the loader's one collection: newsprint defines no other
 * (src/content.config.ts; tests/unit/infra/data-store-module.test.ts keeps it so).
 */
import type { IncomingMessage } from "node:http";
import { isRunnableDevEnvironment, type Connect, type ViteDevServer } from "vite";
import { DATA_STORE_MODULE, setLiveCollections, type LiveCollections } from "./data-store-module.ts";

/** The environments that render pages (ASTRO_VITE_ENVIRONMENT_NAMES in astro/dist/core/constants.js). */
const PAGE_ENVIRONMENTS = ["ssr", "prerender"];
/** Astro's event for the page environments: forget the paths computed from the old store. */
const CONTENT_CHANGED = "astro:content-changed";
/** The Server-Timing entry that tells a page which content it shows. */
const SHOWN = "newsprint-content";
/** The event a page sends with that content's number once connected. */
const SHOWN_EVENT = "newsprint:content-shown";
/** Added to every page by the dev server: reports the content the page shows. */
export const PAGE_SCRIPT = `if (import.meta.hot) {
  const [navigation] = performance.getEntriesByType("navigation");
  const shown = navigation?.serverTiming?.find((entry) => entry.name === ${JSON.stringify(SHOWN)});
  if (shown) import.meta.hot.send(${JSON.stringify(SHOWN_EVENT)}, { content: shown.description });
}`;
/** Longest a page waits for a sync (a sync of the whole archive after the cache was cleared). */
const HOLD_MS = 30_000;

export type DevContentStore = {
  /** The loader's collections after a sync that changed them: pages read them from now on. */
  publish(collections: LiveCollections): void;
  /** Whether an edit is waiting for its sync. */
  pending(pending: boolean): void;
  /** Holds requests for pages while an edit is waiting for its sync. */
  readonly holdPages: Connect.NextHandleFunction;
};

export function devContentStore(server: ViteDevServer): DevContentStore {
  let publishing = false;
  // Set while Astro announces its own write of the store: it sends the reload in the same call.
  let echo = false;
  let synced: { promise: Promise<void>; resolve: () => void } | undefined;
  // Counts the collections published: which content a page shows.
  let content = 0;
  for (const name of PAGE_ENVIRONMENTS) {
    const hot = server.environments[name]?.hot;
    if (hot === undefined) continue;
    const send = hot.send.bind(hot);
    hot.send = ((...args: Parameters<typeof send>) => {
      // Sent by Astro once it has written the store file (invalidateDataStore), then at once the
      // browser's reload: the live store already has that content.
      if (args[0] === CONTENT_CHANGED && !publishing && !echo) {
        echo = true;
        queueMicrotask(() => (echo = false));
      }
      send(...args);
    }) as typeof hot.send;
  }
  const client = server.environments.client.hot;
  const sendToBrowser = client.send.bind(client);
  client.send = ((...args: Parameters<typeof sendToBrowser>) => {
    if (echo && isStoreReload(args[0])) return;
    sendToBrowser(...args);
  }) as typeof client.send;
  client.on(SHOWN_EVENT, (data: { content?: unknown }, page) => {
    if (data.content !== String(content)) page.send({ type: "full-reload", path: "*" });
  });

  return {
    publish(collections) {
      setLiveCollections(collections);
      content++;
      // As Astro does after writing the store (invalidateDataStore in
      // astro/dist/content/vite-plugin-content-virtual-mod.js).
      publishing = true;
      try {
        const timestamp = Date.now();
        for (const name of PAGE_ENVIRONMENTS) {
          const environment = server.environments[name];
          if (environment === undefined) continue;
          const module = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
          if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
          if (isRunnableDevEnvironment(environment)) {
            const evaluated = environment.runner.evaluatedModules.getModuleById(DATA_STORE_MODULE);
            if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
          }
          environment.hot.send(CONTENT_CHANGED, {});
        }
      } finally {
        publishing = false;
      }
      // Not kept for a page yet to connect (Vite would send it the last reload): a page reports
      // what it shows.
      if (server.ws.clients.size > 0) sendToBrowser({ type: "full-reload", path: "*" });
    },
    pending(pending) {
      if (pending) synced ??= Promise.withResolvers<void>();
      else {
        synced?.resolve();
        synced = undefined;
      }
    },
    holdPages(request, response, next) {
      if (!isPageRequest(request)) return next();
      const serve = () => {
        response.setHeader("Server-Timing", `${SHOWN};desc="${content}"`);
        next();
      };
      if (synced === undefined) return serve();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((done) => (timer = setTimeout(done, HOLD_MS)));
      void Promise.race([synced.promise, timeout]).then(() => {
        clearTimeout(timer);
        serve();
      });
    },
  };
}

/** A browser asking for a page (not a module, a style or a photo). */
export function isPageRequest(request: IncomingMessage): boolean {
  return request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
}

/** Astro's reload after a store write: exactly `{ type: "full-reload", path: "*" }` (Vite's own reloads name what triggered them). */
function isStoreReload(payload: unknown): boolean {
  if (typeof payload !== "object" || payload === null) return false;
  const { type, path, ...rest } = payload as { type?: unknown; path?: unknown };
  return type === "full-reload" && path === "*" && Object.keys(rest).length === 0;
}
