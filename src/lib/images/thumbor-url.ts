/**
 * Thumbor URLs: each photo variant as
 *   <thumbor>/<signature>/<width>x0/filters:format(webp):quality(70)/<source><original path>
 * where the signature is Thumbor's (HMAC-SHA1 of everything after it with the SECURITY_KEY,
 * URL-safe base64 with its padding). Used by src/integrations/images/thumbor-service.ts.
 */
import { createHmac } from "node:crypto";

export type ThumborServiceConfig = {
  /** Thumbor's public origin and path, ending in "/". */
  readonly url: string;
  /** Put before the original's root-relative path in the image part ("" for a file loader). */
  readonly source: string;
  /** Thumbor's SECURITY_KEY. */
  readonly key: string;
};

/** Thumbor's URL signature of `path` (what follows the signature, without its leading "/"). */
export function thumborSignature(key: string, path: string): string {
  return createHmac("sha1", key).update(path).digest("base64url").padEnd(28, "=");
}

/** Thumbor's output format for Astro's format names. */
const THUMBOR_FORMAT: Record<string, string> = {
  jpg: "jpeg",
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  avif: "avif",
  gif: "gif",
};

export type ThumborRequest = {
  /** Root-relative path of the original (Astro's ImageMetadata.src). */
  readonly original: string;
  readonly width?: number | undefined;
  readonly format?: string | undefined;
  readonly quality?: number | undefined;
};

/** The signed Thumbor URL of one variant. */
export function thumborUrl(config: ThumborServiceConfig, request: ThumborRequest): string {
  const filters = [
    ...(request.format && THUMBOR_FORMAT[request.format] ? [`format(${THUMBOR_FORMAT[request.format]})`] : []),
    ...(request.quality === undefined ? [] : [`quality(${Math.round(request.quality)})`]),
  ];
  // Thumbor checks the signature against the path as requested: the original's path is signed as
  // the browser sends it, each segment percent-encoded (Chinese names, spaces).
  const original = request.original
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
  const image = `${config.source}${config.source === "" ? original.replace(/^\/+/, "") : original}`;
  const path = [
    `${request.width === undefined ? 0 : Math.round(request.width)}x0`,
    ...(filters.length > 0 ? [`filters:${filters.join(":")}`] : []),
    image,
  ].join("/");
  const base = config.url.endsWith("/") ? config.url : `${config.url}/`;
  return `${base}${thumborSignature(config.key, path)}/${path}`;
}
