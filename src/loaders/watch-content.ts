/**
 * The dev server's syncs after edits. Edits come in bursts (an editor creates, then writes;
 * several files are saved together): the loader syncs once they settle, one sync at a time. From
 * the first change until the sync that covers it is done, the content is pending: the page the
 * browser asks for meanwhile (the reload after an edit, or one the editor opens) waits for it
 * instead of showing the text before the edit.
 */
import { sep } from "node:path";
import type { LoaderContext } from "astro/loaders";

/** How long the folder must be quiet before a sync starts. */
export const SETTLE_MS = 50;

export type ContentWatch = {
  readonly watcher: NonNullable<LoaderContext["watcher"]>;
  /** Absolute path of the content folder. */
  readonly contentDir: string;
  readonly sync: () => Promise<void>;
  /** True at the first change of a burst, false once no change is left unsynced. */
  readonly pending: (pending: boolean) => void;
  readonly failed: (error: unknown) => void;
};

export function watchContent({ watcher, contentDir, sync, pending, failed }: ContentWatch): void {
  let queue = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Syncs queued or running.
  let queued = 0;
  // Vite watches the project; a content folder elsewhere (NEWSPRINT_CONTENT_DIR) is added.
  watcher.add(contentDir);
  watcher.on("all", (_event, path) => {
    if (!path.startsWith(contentDir + sep) || !/\.md$/i.test(path)) return;
    if (timer === undefined && queued === 0) pending(true);
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      queued++;
      queue = queue
        .then(sync)
        .catch(failed)
        .finally(() => {
          queued--;
          if (timer === undefined && queued === 0) pending(false);
        });
    }, SETTLE_MS);
  });
}
