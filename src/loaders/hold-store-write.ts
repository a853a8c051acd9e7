/**
 * Astro's content layer marks its store changed at the start of every sync (it records its version
 * and config digests) and writes the whole store 500 ms after the last change. A loader that runs
 * longer than that (reading 20,000 articles' digests takes over a second) lets a write of the
 * still unchanged store run in its middle, 2–3 s at 20,000 articles, and the entries it sets then
 * write it all again. Touching a meta key more often than every 500 ms while the loader runs
 * postpones the first write: the store is written once, when the loader is done.
 */
import type { LoaderContext } from "astro/loaders";

/** Meta key touched while the loader runs (its value never changes). */
const KEY = "newsprint-loading";
/** Well under Astro's 500 ms (SAVE_DEBOUNCE_MS in astro/dist/content/mutable-data-store.js). */
const EVERY_MS = 100;

/** Postpones the store's debounced write until the returned function is called. */
export function holdStoreWrite(meta: LoaderContext["meta"]): () => void {
  const touch = () => meta.set(KEY, "1");
  touch();
  const timer = setInterval(touch, EVERY_MS);
  return () => clearInterval(timer);
}
