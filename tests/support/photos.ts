/**
 * Hostile and odd photo files, made at run time with sharp (nothing large is committed): what a
 * photo desk or a saved page sends. Each maker writes one file and returns its path.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import sharp, { type Sharp } from "sharp";

/** A photo-like picture (gradient and noise), so encoders have real work and sizes are realistic. */
export function picture(width: number, height: number): Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#e9c46a"/></svg>`;
  return sharp(Buffer.from(svg));
}

export async function jpeg(path: string, width = 1600, height = 1000): Promise<string> {
  await picture(width, height).jpeg({ quality: 80 }).toFile(path);
  return path;
}

/** A JPEG cut in half, as an interrupted download leaves it. */
export async function truncatedJpeg(path: string): Promise<string> {
  const data = await picture(1600, 1000).jpeg({ quality: 90 }).toBuffer();
  writeFileSync(path, data.subarray(0, Math.floor(data.length / 2)));
  return path;
}

/** A PNG under a .jpg name (works: the content decides). */
export async function pngNamedJpeg(path: string): Promise<string> {
  await picture(900, 600).png().toFile(path);
  return path;
}

export async function avif(path: string): Promise<string> {
  await picture(1200, 800).avif({ effort: 0 }).toFile(path);
  return path;
}

export async function png16(path: string): Promise<string> {
  await picture(1000, 700).toColourspace("rgb16").png().toFile(path);
  return path;
}

export async function cmykJpeg(path: string): Promise<string> {
  await picture(1000, 700).toColourspace("cmyk").jpeg().toFile(path);
  return path;
}

/** A landscape photo stored sideways with EXIF orientation 6: it shows as portrait. */
export async function exifRotated(path: string): Promise<string> {
  await picture(1200, 800).jpeg().withMetadata({ orientation: 6 }).toFile(path);
  return path;
}

/** An animated GIF of `frames` frames of 400 × 300, each a different colour. */
export async function animatedGif(path: string, frames = 3): Promise<string> {
  const colours = ["#d62828", "#003049", "#fcbf49", "#2a9d8f"];
  const stills = await Promise.all(
    Array.from({ length: frames }, (_, index) =>
      sharp({ create: { width: 400, height: 300, channels: 3, background: colours[index % colours.length] ?? "#000" } })
        .raw()
        .toBuffer(),
    ),
  );
  await sharp(Buffer.concat(stills), { raw: { width: 400, height: 300 * frames, channels: 3, pageHeight: 300 } })
    .gif({ loop: 0, delay: Array.from({ length: frames }, () => 200) })
    .toFile(path);
  return path;
}

/** A PNG whose header claims `width` × `height` pixels in a few bytes (a decompression bomb's header). */
export function hugeHeaderPng(path: string, width = 60_000, height = 60_000): string {
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  writeFileSync(
    path,
    Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", Buffer.alloc(16)), chunk("IEND", Buffer.alloc(0))]),
  );
  return path;
}

export const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><script>alert(document.domain)</script><rect width="400" height="300" fill="red" onload="alert(1)"/></svg>';

/** Writes the standard set into `dir`; returns the names written. */
export async function writeHostilePhotos(dir: string): Promise<void> {
  await Promise.all([
    jpeg(join(dir, "ok.jpg")),
    truncatedJpeg(join(dir, "truncated.jpg")),
    pngNamedJpeg(join(dir, "png-named.jpg")),
    avif(join(dir, "photo.avif")),
    png16(join(dir, "deep.png")),
    cmykJpeg(join(dir, "cmyk.jpg")),
    exifRotated(join(dir, "rotated.jpg")),
    animatedGif(join(dir, "animated.gif")),
    jpeg(join(dir, "small.jpg"), 320, 240),
    jpeg(join(dir, "portrait.jpg"), 1000, 1600),
    jpeg(join(dir, "tiny.jpg"), 8, 8),
  ]);
  hugeHeaderPng(join(dir, "huge.png"));
  writeFileSync(join(dir, "empty.jpg"), "");
  writeFileSync(join(dir, "text.jpg"), "这不是照片，只是一段文字。\n");
  writeFileSync(join(dir, "script.svg"), SCRIPTED_SVG);
  writeFileSync(join(dir, "svg-named.jpg"), SCRIPTED_SVG);
}
