// @ts-check
/**
 * Astro's console log, with each generated route on a line of its own.
 *
 * Astro writes a route's name, renders it, then ends the line with the time it took; with
 * `build.concurrency` above 1 several routes render at once, so names and times ran together on
 * one line. Here a route line ends when the next message comes; the render times, which can no
 * longer be matched to their route, are left out ("cached"/"restored" notes, written at once, stay).
 * Registered as Astro's `logger` (a JavaScript file: Astro loads it before any TypeScript support).
 */
import nodeLogger from "astro/logger/node";

/** @param {string} text */
// eslint-disable-next-line no-control-regex -- removing terminal colour codes is the point
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, "");

/**
 * @param {{ level?: import("astro").AstroLoggerLevel } | undefined} options
 * @returns {import("astro").AstroLoggerDestination}
 */
export default function buildLog(options) {
  const console = nodeLogger(options);
  /** @type {import("astro").AstroLoggerMessage | undefined} */
  let open;
  const close = () => {
    if (open !== undefined) console.write({ ...open, newLine: true });
    open = undefined;
  };
  return {
    write(event) {
      const fragment = event.label === "SKIP_FORMAT" ? plain(event.message).trim() : undefined;
      if (fragment !== undefined && /^\((cached|restored)\)$/.test(fragment) && open !== undefined) {
        console.write({ ...open, message: `${open.message}${event.message}`, newLine: true });
        open = undefined;
        return;
      }
      close();
      if (fragment !== undefined && /^\(\+[^)]*\)/.test(fragment)) return; // A render time.
      if (event.newLine) console.write(event);
      else open = event;
    },
  };
}
