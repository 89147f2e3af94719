// Test helper: Debian's Chromium (the launcher of scripts/chromium.ts) and the preview server it
// browses (example classeur at TEST_NOW), shared by the browser tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { startPreview, type Preview } from '../../scripts/preview';
import { TEST_NOW } from '../support/bundle';

export { CHROMIUM, launchChromium } from '../../scripts/chromium';

/** The preview server and the browser of one test file (set once beforeAll has run). */
export interface BrowserSession {
  preview: Preview;
  browser: Browser;
}

/**
 * Registers, in the calling test file, a beforeAll starting the preview server (random port,
 * TEST_NOW) and Chromium, and an afterAll closing both; returns the session they fill.
 */
export function usePreviewInChromium(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.preview = await startPreview({ port: 0, now: TEST_NOW });
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.preview?.close();
  });
  return session;
}
