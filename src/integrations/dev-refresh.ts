/**
 * `astro dev`: an edited, added or removed article shows in the open page.
 *
 * The content folder is watched (it may be outside the project: NEWSPRINT_CONTENT_DIR) and, once a
 * burst of saves settles, Astro's `refreshContent` runs the article loader again. Astro writes the
 * content store at the end of such a sync and reloads the page at once; a loader that updated the
 * store from a watcher of its own would wait for Astro's debounced save (500 ms) instead.
 */
import { sep } from "node:path";
import type { BaseIntegrationHooks } from "astro";
import { ARTICLE_LOADER } from "./channel.ts";

type ServerSetup = Parameters<BaseIntegrationHooks["astro:server:setup"]>[0];

/** Editors' tools write a file in several steps (create, write, rename): one sync for them all. */
export const SETTLE_MS = 30;
/**
 * Astro reloads its content config after every change to a Markdown file, and `refreshContent`
 * does nothing while it does: a refresh that did not reach the loader is asked again.
 */
const RETRY_MS = 25;
const RETRIES = 200;

/**
 * Watches `contentDir` and syncs the articles after each burst of edits. `syncs` counts the
 * loader's finished syncs (it reports each to the integration), so that a refresh Astro skipped
 * can be told from one that ran.
 */
export function refreshOnEdit(
  { server, refreshContent, logger }: ServerSetup,
  contentDir: string,
  syncs: () => number,
): void {
  if (refreshContent === undefined) return;
  const refresh = async () => {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const before = syncs();
      await refreshContent({ loaders: [ARTICLE_LOADER] });
      if (syncs() !== before) return;
      await new Promise((done) => setTimeout(done, RETRY_MS));
    }
    logger.warn("Astro did not sync the articles after an edit: restart the dev server to see it.");
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.add(contentDir);
  server.watcher.on("all", (_event, path) => {
    if (!path.startsWith(contentDir + sep) || !/\.md$/i.test(path)) return;
    clearTimeout(timer);
    // Astro runs one sync at a time, in order: a sync asked for during another runs after it.
    timer = setTimeout(() => {
      refresh().catch((error: unknown) => logger.error(String(error)));
    }, SETTLE_MS);
  });
}
