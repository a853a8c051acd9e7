/**
 * Share links: plain URLs of each service's own share page, opened by the reader's click; no
 * script of theirs, nothing loaded from another host. WeChat has no share URL: its readers scan a
 * QR code of the page's address, drawn here at build time as inline SVG.
 */
import QRCode from "qrcode";

export type ShareLink = { readonly id: string; readonly href: string };

const query = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

/** Share URLs for a page, in display order (weibo, line, facebook, x, email). */
export function shareLinks(url: string, title: string): ShareLink[] {
  return [
    { id: "weibo", href: `https://service.weibo.com/share/share.php?${query({ url, title })}` },
    { id: "line", href: `https://social-plugins.line.me/lineit/share?${query({ url })}` },
    { id: "facebook", href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
    { id: "x", href: `https://x.com/intent/post?${query({ url, text: title })}` },
    // mailto: wants %20 for spaces, not "+".
    { id: "email", href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}` },
  ];
}

/**
 * One code per article and edition, so its cost counts: `qrcode` by default splits the text into
 * the cheapest mix of encoding modes (a shortest-path search) and scores all eight mask patterns.
 * A URL is one byte-mode segment anyway (lowercase letters), and any mask is valid for a code read
 * off a screen: 0.1 instead of 1.5 ms a code (tests/browser/pages.test.ts decodes one).
 */
const QR_OPTIONS = { type: "svg", margin: 2, errorCorrectionLevel: "M", maskPattern: 0 } as const;

export const QR_TOO_LONG_RULE = "qr-code-too-long";
/** Most bytes a QR code holds (version 40, byte mode, error correction L). */
export const QR_MAX_BYTES = 2953;
/** Room left for an edition folder and an article's file name after the site's address. */
const PAGE_PATH_ROOM = 64;

const tooLong = (address: string, bytes: number): string =>
  `SITE/BASE: warning: page addresses such as ${address.slice(0, 60)}… are ${bytes} bytes long, too long for a QR code: pages are built without the WeChat QR code (the copy-link button stays). Shorten the SITE or BASE setting to restore it. [${QR_TOO_LONG_RULE}]`;

/**
 * Why pages can have no QR code, if they cannot: the site's address (SITE + BASE) leaves no room
 * for a page's path within a QR code. Said once when the build starts (astro.config.mjs).
 */
export function qrProblem(site: string, base: string): string | undefined {
  const root = `${site.replace(/\/+$/, "")}/${base.replace(/^\/+/, "")}`;
  const bytes = new TextEncoder().encode(root).length + PAGE_PATH_ROOM;
  return bytes <= QR_MAX_BYTES ? undefined : tooLong(root, bytes);
}
/** Addresses already reported as too long for a code: one message per build, not one per page. */
const reported = new Set<string>();

/**
 * A QR code of `url` as an SVG element (dark modules on white, whatever the colour scheme), or
 * undefined when the address is too long for a QR code even at the lowest error correction (about
 * 2,900 bytes: a very long BASE or SITE). The page then goes without the code, and the build says
 * so once: the WeChat box is left out, the copy-link button stays.
 */
export async function qrSvg(url: string, label: string): Promise<string | undefined> {
  const data = new TextEncoder().encode(url);
  let svg: string | undefined;
  for (const errorCorrectionLevel of ["M", "L"] as const) {
    try {
      svg = await QRCode.toString([{ data, mode: "byte" }], { ...QR_OPTIONS, errorCorrectionLevel });
      break;
    } catch {
      svg = undefined;
    }
  }
  if (svg === undefined) {
    // Also said when the build starts (qrProblem); this covers a long slug on a long address.
    const origin = url.slice(0, 60);
    if (!reported.has(origin) && qrProblem(url, "") === undefined) {
      reported.add(origin);
      console.warn(tooLong(url, data.length));
    }
    return undefined;
  }
  return svg.replace(
    /^<svg /,
    `<svg role="img" aria-label="${label.replace(/"/g, "&quot;")}" width="160" height="160" `,
  );
}
