// The listing's five 1280 × 800 screenshots: the preview page (scripts/preview.ts) in Chromium, one
// tab each beside the real sidebar. A shot is taken only when its tab exists; otherwise the run
// fails naming that tab, unless asked to take only the available ones.
import type { Browser, Page } from 'playwright-core';
import type { Emulator } from '../../test/emulator/index';
import type { Preview } from '../preview';
import { dressPage } from './dress';

/** One screenshot of the listing: its key, its file and the tab it shows. */
export interface Shot {
  readonly key: string;
  readonly file: string;
  /** The tab's name as the SPEC writes it (AAAA, MM, n stand for digits). */
  readonly tab: string;
  readonly pattern: RegExp;
  /** Select the cells of the sidebar's first alert before the shot (shows the panel at work). */
  readonly highlight?: boolean;
}

/** Screen size the Marketplace asks for. */
export const SCREEN = { width: 1280, height: 800 } as const;

/** The five shots, in the listing's order. */
export const SHOTS: readonly Shot[] = [
  { key: 'panneau', file: 'capture-1-panneau.png', tab: 'Plan', pattern: /^Plan$/, highlight: true },
  { key: 'rapport', file: 'capture-2-rapport.png', tab: 'Rapport AAAA-MM', pattern: /^Rapport \d{4}-\d{2}$/ },
  { key: 'tableau-de-bord', file: 'capture-3-tableau-de-bord.png', tab: 'Tableau de bord', pattern: /^Tableau de bord$/ },
  { key: 'comite', file: 'capture-4-comite.png', tab: 'Comité AAAA-Tn', pattern: /^Comité \d{4}-T[1-4]$/ },
  { key: 'portefeuille', file: 'capture-5-portefeuille.png', tab: 'Portefeuille', pattern: /^Portefeuille$/ },
];

/** What a run can take: each shot with the tab it shows, and the shots whose tab is missing. */
export interface ShotPlan {
  take: Array<{ shot: Shot; tab: string }>;
  missing: Shot[];
}

/** Matches every shot to a tab of the classeur (the latest one when several match, e.g. two reports). */
export function planShots(sheetNames: readonly string[]): ShotPlan {
  const plan: ShotPlan = { take: [], missing: [] };
  for (const shot of SHOTS) {
    const tab = sheetNames.filter((name) => shot.pattern.test(name)).sort().at(-1);
    if (tab === undefined) plan.missing.push(shot);
    else plan.take.push({ shot, tab });
  }
  return plan;
}

/** The loud failure of a run that lacks tabs: names each missing shot and its tab. */
export function missingShotsMessage(missing: readonly Shot[]): string {
  const list = missing.map((s) => `"${s.key}" needs the tab "${s.tab}"`).join('; ');
  return `Missing tab${missing.length > 1 ? 's' : ''} for ${missing.length} screenshot${missing.length > 1 ? 's' : ''}: ${list}. `
    + 'The add-on in dist/ did not create it; run `npm run marketplace -- --available` to take only the available screenshots.';
}

/** Opens the preview page and waits until the sidebar has loaded its data. */
async function openPreview(browser: Browser, preview: Preview): Promise<Page> {
  const page = await browser.newPage({ viewport: SCREEN, deviceScaleFactor: 1, locale: 'fr-FR' });
  await page.goto(preview.url, { waitUntil: 'load', timeout: 180_000 }); // four books with IMPORTRANGE take a while to serve
  await page.waitForLoadState('networkidle');
  return page;
}

/** Clicks the sidebar's first « Sélectionner les cellules » button; a sidebar without one is shot as is. */
async function highlightFirstAlert(page: Page): Promise<void> {
  try {
    await page.frameLocator('iframe').first().getByRole('button', { name: /^Sélectionner les cellules/ }).first().click({ timeout: 5_000 });
    await page.waitForLoadState('networkidle');
  } catch {
    console.warn('No « Sélectionner les cellules » button in the sidebar: the panneau shot has no highlighted cells.');
  }
}

/** Shows `tab` in the page (after the optional highlight), dressed, and writes the screenshot to `file`. */
async function capture(page: Page, emu: Emulator, shot: Shot, tab: string, file: string): Promise<void> {
  const show = () => page.getByRole('tab', { name: tab, exact: true }).click();
  await show();
  if (shot.highlight) {
    await highlightFirstAlert(page);
    await show();
  }
  await page.locator(`table[data-onglet="${tab.replace(/"/g, '\\"')}"]`).waitFor();
  await page.waitForLoadState('networkidle');
  await dressPage(page, emu, tab);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, ...SCREEN } });
}

/** Takes the planned shots into `outDir`; returns the files written. */
export async function takeScreenshots(browser: Browser, preview: Preview, plan: ShotPlan, outDir: string): Promise<string[]> {
  const page = await openPreview(browser, preview);
  const written: string[] = [];
  try {
    for (const { shot, tab } of plan.take) {
      const file = `${outDir}/${shot.file}`;
      await capture(page, preview.emu, shot, tab, file);
      written.push(file);
    }
  } finally {
    await page.close();
  }
  return written;
}
