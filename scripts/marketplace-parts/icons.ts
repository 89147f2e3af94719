// The listing's icons (32, 48, 96, 128 px) and its 220 × 140 card banner, rendered by Chromium
// from the one source image docs/marketplace/boussole.svg (vector, so every size is crisp).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/** The icon sizes the Marketplace SDK's Store Listing asks for. */
export const ICON_SIZES = [32, 48, 96, 128] as const;
/** The card banner's size. */
export const BANNER = { width: 220, height: 140 } as const;

/** File name of the icon of `size` px. */
export const iconFile = (size: number): string => `icone-${size}.png`;
/** File name of the card banner. */
export const BANNER_FILE = 'banniere-220x140.png';

const dataUrl = (svg: string): string => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** The banner page: the mark, the name and one line saying what it is for, on the mark's blue. */
function bannerHtml(svg: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
html,body{margin:0;width:${BANNER.width}px;height:${BANNER.height}px;overflow:hidden}
body{display:flex;align-items:center;gap:10px;padding:0 12px;box-sizing:border-box;
background:linear-gradient(160deg,#2b7de9,#0f4fa8);font-family:Roboto,Arial,'Liberation Sans',sans-serif;color:#fff}
img{width:58px;height:58px;flex:none;filter:drop-shadow(0 2px 3px rgba(0,0,0,.25))}
h1{margin:0;font-size:24px;font-weight:700;letter-spacing:.2px}
p{margin:3px 0 0;font-size:12px;line-height:1.3;color:#e8f0fe}
</style></head><body><img alt="" src="${dataUrl(svg)}"><div><h1>Boussole</h1><p>Pilotez le projet digital de votre PME</p></div></body></html>`;
}

/** Renders one image: `html` in a page of `width` × `height`, transparent where the page is. */
async function render(browser: Browser, html: string, width: number, height: number, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await writeFile(file, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } }));
  } finally {
    await page.close();
  }
}

/** Writes the four icons and the banner into `outDir`; returns the files written. */
export async function renderIcons(browser: Browser, svg: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, iconFile(size));
    const html = `<!DOCTYPE html><html><body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="${dataUrl(svg)}"></body></html>`;
    await render(browser, html, size, size, file);
    written.push(file);
  }
  const banner = path.join(outDir, BANNER_FILE);
  await render(browser, bannerHtml(svg), BANNER.width, BANNER.height, banner);
  return [...written, banner];
}
