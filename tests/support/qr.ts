/**
 * Reads a QR code drawn as SVG, as a phone's camera would read it off the screen: Chromium draws it
 * on a canvas (in a blank page, away from the site's CSP) and jsQR decodes the pixels.
 */
import jsQR from "jsqr";
import type { Browser } from "playwright-core";

export async function decodeQr(browser: Browser, svg: string): Promise<string | undefined> {
  const page = await browser.newPage();
  try {
    const { width, height, pixels } = await page.evaluate(async (markup) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = 400;
      canvas.height = 400;
      const context = canvas.getContext("2d");
      if (context === null) throw new Error("no 2D canvas");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const data = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, pixels: [...data.data] };
    }, svg);
    return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data;
  } finally {
    await page.close();
  }
}
