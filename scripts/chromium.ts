// Debian's Chromium driven by playwright-core, headless and offline, in French: the one launcher
// of the browser tests (test/browser/chromium.ts) and of the Marketplace images (npm run marketplace).
import { chromium, type Browser } from 'playwright-core';

/** Chromium binary: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts a headless, offline, French Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=fr-FR'],
  });
}
