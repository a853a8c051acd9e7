/**
 * Responsive photos: one <picture> per image with a source per format of the `photos.formats`
 * setting (WebP by default, AVIF when chosen) and a JPEG/PNG fallback,
 * width and height always set. Every slot (lead photo, body figure, front-page story, thumbnail)
 * draws from the same widths, so a photo shown in several places is encoded once per width and
 * format; `sizes` tells the browser how wide each slot is drawn, so it fetches no more than that.
 * Astro's `getImage` is passed in (src/lib/ runs outside Astro).
 */
import { decodeHTMLAttribute } from "entities";
import type { PhotoFormat } from "../images/settings.ts";
import { escapeMarkup } from "./escape.ts";

/** What Astro's image pipeline knows of an imported image (ImageMetadata). */
export type ImageSource = {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly format: string;
};

type Transform = {
  src: ImageSource;
  width: number;
  widths: number[];
  format: string;
  quality: number;
};
type ImageResult = {
  src: string;
  srcSet: { attribute: string };
  attributes: Record<string, unknown>;
};
export type GetImage = (transform: Transform) => Promise<ImageResult>;

/**
 * getImage's results, per image and transform. A photo appears on its article in every edition,
 * in link previews, listings and related stories: Astro's getImage hashes the whole transform on
 * each call (about 0.4 ms), which the same photo need not pay twice in a build.
 */
const results = new WeakMap<GetImage, Map<string, Promise<ImageResult>>>();

function cachedGetImage(getImage: GetImage, transform: Transform): Promise<ImageResult> {
  let byTransform = results.get(getImage);
  if (byTransform === undefined) {
    byTransform = new Map();
    results.set(getImage, byTransform);
  }
  const { src, width, widths, format, quality } = transform;
  const key = `${src.src}\0${width}\0${widths.join(",")}\0${format}\0${quality}`;
  let result = byTransform.get(key);
  if (result === undefined) {
    result = getImage(transform);
    byTransform.set(key, result);
  }
  return result;
}

/** Pixel widths encoded for every photo (phones at 1–3×, the column at 1–2×). */
export const PHOTO_WIDTHS = [360, 640, 960, 1280] as const;
/** Width of the fallback image, for the rare browser without AVIF or WebP. */
const FALLBACK_WIDTH = 640;
const QUALITY = { avif: 55, webp: 70, jpg: 75, png: 80 } as const;

/** How wide each slot is drawn (site.css): the text column is 38rem at most, with 1rem margins. */
export const SLOT_SIZES = {
  column: "(min-width: 40rem) 38rem, calc(100vw - 2rem)",
  feature: "(min-width: 64rem) 42rem, calc(100vw - 2rem)",
  thumb: "(min-width: 40rem) 10rem, 7rem",
  /** A front-page section's story: a thumbnail on a phone, a column of the grid above 40rem. */
  card: "(min-width: 40rem) 22rem, 7rem",
} as const;
export type Slot = keyof typeof SLOT_SIZES;

export type PictureOptions = {
  readonly alt: string;
  readonly slot: Slot;
  /** The lead photo loads at once; every other image when it nears the screen. */
  readonly eager?: boolean;
  readonly className?: string;
  /** The `<source>` formats, best first: the site's `photos.formats`. */
  readonly formats: readonly PhotoFormat[];
};

/** The widths this image is encoded at: those it can fill, or its own width when it is smaller. */
export function widthsFor(image: Pick<ImageSource, "width">): number[] {
  const fitting = PHOTO_WIDTHS.filter((width) => width <= image.width);
  return fitting.length > 0 ? fitting : [image.width];
}

const middleWidth = (fields: ImageSource): number =>
  widthsFor(fields).find((width) => width >= FALLBACK_WIDTH) ?? widthsFor(fields).at(-1) ?? fields.width;

/** The single JPEG (PNG for PNG sources) every browser can show: the <img> fallback, and link previews' og:image. */
export function fallbackImage(getImage: GetImage, image: ImageSource): Promise<ImageResult> {
  const format = image.format === "png" ? "png" : "jpg";
  return cachedGetImage(getImage, {
    src: image,
    width: middleWidth(image),
    widths: [],
    format,
    quality: QUALITY[format],
  });
}

/** The <picture> element for an image, as HTML. */
export async function pictureHtml(getImage: GetImage, image: ImageSource, options: PictureOptions): Promise<string> {
  const widths = widthsFor(image);
  const middle = middleWidth(image);
  const { formats } = options;
  const [fallback, ...sources] = await Promise.all([
    fallbackImage(getImage, image),
    ...formats.map((format) =>
      cachedGetImage(getImage, { src: image, width: middle, widths, format, quality: QUALITY[format] }),
    ),
  ]);
  const sizes = SLOT_SIZES[options.slot];
  const height = Math.round((image.height * middle) / image.width);
  // Taller than 4:3 (portrait, square): bounded in height by site.css so text stays on screen.
  const classes = [options.className ?? "", image.height * 4 > image.width * 3 ? "np-tall" : ""].filter(Boolean);
  const attributes = [
    `src="${escapeMarkup(fallback.src)}"`,
    `alt="${escapeMarkup(options.alt)}"`,
    `width="${middle}"`,
    `height="${height}"`,
    options.eager ? `fetchpriority="high"` : `loading="lazy"`,
    `decoding="async"`,
    classes.length > 0 ? `class="${escapeMarkup(classes.join(" "))}"` : "",
  ].filter((attribute) => attribute !== "");
  return (
    `<picture>` +
    sources
      .map(
        (source, index) =>
          `<source type="image/${formats[index]}" srcset="${escapeMarkup(source.srcSet.attribute)}" sizes="${sizes}">`,
      )
      .join("") +
    `<img ${attributes.join(" ")}>` +
    `</picture>`
  );
}

/**
 * A body <img> as hast-util-to-html writes it: attribute values in double quotes, where `>` is not
 * escaped (alt="a > b"), so the tag ends at the first `>` outside quotes.
 */
const IMAGE_TAG = /<img\b(?:"[^"]*"|'[^']*'|[^>"'])*>/g;
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The attributes of a tag, values decoded; read one after another, so a value never passes for a name. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.slice(4).matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeHTMLAttribute(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

type BodyImage = { readonly tag: string; readonly key: string; readonly alt: string };

/** The body images the parser marked (`data-np-src`), in order, each with its own alt text. */
function bodyImages(html: string): BodyImage[] {
  return [...html.matchAll(IMAGE_TAG)].flatMap(([tag]) => {
    const attributes = attributesOf(tag);
    const key = attributes.get("data-np-src");
    return key === undefined ? [] : [{ tag, key, alt: attributes.get("alt") ?? "" }];
  });
}

/** The `data-np-src` paths of the body images in a section's HTML, in order. */
export function bodyImageKeys(html: string): string[] {
  return bodyImages(html).map((image) => image.key);
}

/**
 * What stands in for a photo that could not be used (reported when the site was loaded): its alt
 * text, visible, so that the reader still learns what it showed; nothing when it has none (the
 * caption, if any, stays below). Never the <img> itself: its src is a file of the build machine.
 */
export function lostPhoto(alt: string): string {
  return alt.trim() === "" ? "" : `<span class="np-photo-lost">${escapeMarkup(alt)}</span>`;
}

/**
 * Replaces each `<img data-np-src>` with what `render` makes of its key and own alt text (each use
 * of a photo keeps its alt), or with its alt text when `render` has nothing for it.
 */
async function replaceImages(
  html: string,
  render: (key: string, alt: string) => Promise<string | undefined>,
): Promise<string> {
  const images = bodyImages(html);
  if (images.length === 0) return html;
  const rendered = await Promise.all(images.map((image) => render(image.key, image.alt)));
  let index = 0;
  return html.replace(IMAGE_TAG, (tag) => {
    const image = images[index];
    if (image?.tag !== tag) return tag;
    index += 1;
    return rendered[index - 1] ?? lostPhoto(image.alt);
  });
}

/** Replaces each `<img data-np-src>` with its rendered picture (by key); one with none shows its alt text. */
export function replaceBodyImages(html: string, pictures: ReadonlyMap<string, string>): Promise<string> {
  return replaceImages(html, (key) => Promise.resolve(pictures.get(key)));
}

type BodyPhoto = { readonly key: string; readonly src: ImageSource };
type Render = (image: ImageSource, alt: string) => Promise<string>;

/** Sections with each body image rendered by `render`, found by the key the parser wrote in `data-np-src`. */
async function renderBodyImages<S extends { html: string }>(
  sections: readonly S[],
  photos: readonly BodyPhoto[],
  render: Render,
): Promise<S[]> {
  const byKey = new Map(photos.map((photo) => [photo.key, photo.src] as const));
  return Promise.all(
    sections.map(async (section) => ({
      ...section,
      html: await replaceImages(section.html, async (key, alt) => {
        const image = byKey.get(key);
        return image === undefined ? undefined : render(image, alt);
      }),
    })),
  );
}

/**
 * Sections with their body images as pictures. `photos` are the images the pipeline could read;
 * the alt text is the one in the section's own edition.
 */
export function bodyPictures<S extends { html: string }>(
  getImage: GetImage,
  sections: readonly S[],
  photos: readonly BodyPhoto[],
  formats: readonly PhotoFormat[],
): Promise<S[]> {
  return renderBodyImages(sections, photos, (image, alt) =>
    pictureHtml(getImage, image, { alt, slot: "column", formats }),
  );
}

/**
 * Sections with their body images as what feed readers show: one plain <img> of the JPEG (PNG)
 * fallback, width and height set; its root-relative src is made absolute with the feed's text.
 * An image the pipeline could not read shows its alt text: its path means nothing outside this machine.
 */
export function feedImages<S extends { html: string }>(
  getImage: GetImage,
  sections: readonly S[],
  photos: readonly BodyPhoto[],
): Promise<S[]> {
  return renderBodyImages(sections, photos, (image, alt) => plainImage(getImage, image, alt));
}

/** The fallback image as a plain <img>. */
export async function plainImage(getImage: GetImage, image: ImageSource, alt: string): Promise<string> {
  const width = middleWidth(image);
  const fallback = await fallbackImage(getImage, image);
  const height = Math.round((image.height * width) / image.width);
  return `<img src="${escapeMarkup(fallback.src)}" alt="${escapeMarkup(alt)}" width="${width}" height="${height}">`;
}
