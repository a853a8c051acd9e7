/** Astro's console log through src/integrations/build-log.mjs: one generated route per line. */
import type { AstroLoggerMessage } from "astro";
import { afterEach, describe, expect, it, vi } from "vitest";
import buildLog from "../../../src/integrations/build-log.mjs";

afterEach(() => vi.restoreAllMocks());

/** What the logger writes to stdout for these events, colour codes removed. */
function written(events: Omit<AstroLoggerMessage, "level">[]): string {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const log = buildLog({ level: "info" });
  for (const event of events) log.write({ level: "info", ...event });
  // eslint-disable-next-line no-control-regex -- colour codes
  return out.replace(/\u001b\[[0-9;]*m/g, "").replace(/^\d\d:\d\d:\d\d /gm, "");
}

const route = (path: string) => ({ label: null, message: `  ├─ ${path}`, newLine: false });
const time = (ms: number) => ({ label: "SKIP_FORMAT", message: ` (+${ms}ms) `, newLine: true });

describe("build log", () => {
  it("puts each route on its own line when several render at once, without their render times", () => {
    const out = written([
      route("/a.html"),
      route("/b.html"),
      route("/c.html"),
      time(333),
      route("/d.html"),
      time(12),
      time(40),
      time(7),
      { label: "build", message: "12 page(s) built", newLine: true },
    ]);
    expect(out).toBe("  ├─ /a.html\n  ├─ /b.html\n  ├─ /c.html\n  ├─ /d.html\n[build] 12 page(s) built\n");
  });

  it("keeps a route's cached or restored note on its line", () => {
    const out = written([
      route("/a.html"),
      { label: "SKIP_FORMAT", message: " (restored)", newLine: true },
      route("/b.html"),
      time(5),
    ]);
    expect(out).toBe("  ├─ /a.html (restored)\n  ├─ /b.html\n");
  });
});
