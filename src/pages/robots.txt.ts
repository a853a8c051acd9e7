import type { APIContext } from "astro";
import { withBase } from "../lib/site/paths.ts";

export function GET(context: APIContext) {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, "sitemap.xml"), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
