// `npm run marketplace`: regenerates the Marketplace listing's images into docs/marketplace/images/
// — the four icons and the 220 × 140 banner from docs/marketplace/boussole.svg, the five 1280 × 800
// screenshots of the preview (scripts/preview.ts) in headless Chromium — and listing.md from
// listing.json. `--available` takes only the screenshots whose tab the add-on in dist/ creates
// today; without it a missing tab (e.g. `Comité AAAA-Tn`) fails the run, naming it.
// `--listing-only` rewrites listing.md and no image.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Emulator } from '../test/emulator/index';
import { TEST_NOW } from '../test/support/bundle';
import { launchChromium } from './chromium';
import { screenshotClasseur } from './marketplace-parts/classeur';
import { renderIcons } from './marketplace-parts/icons';
import { listingMarkdown, MARKETPLACE_DIR, readListing } from './marketplace-parts/listing';
import { pngSize } from './marketplace-parts/png';
import { missingShotsMessage, planShots, takeScreenshots } from './marketplace-parts/screenshots';
import { startPreview } from './preview';

/** Options of one run. */
export interface AssetOptions {
  /** Take only the screenshots whose tab exists (default: fail when one is missing). */
  available: boolean;
  /** Rewrite listing.md only. */
  listingOnly: boolean;
  /** Where the images go (default docs/marketplace/images). */
  outDir: string;
  /** The classeur's date (default TEST_NOW, so that a regeneration shows the same month). */
  now: Date;
  /** Fills the classeur; returns its problems (default screenshotClasseur). */
  setup?: (emu: Emulator, now: Date) => string[];
  /** Refuse to run without a colour emoji font (default true; the tests, which check sizes only, skip it). */
  requireEmojiFont?: boolean;
}

const FLAGS = ['--available', '--listing-only', '--out'];

/** Reads the command line: `--available`, `--listing-only`, `--out DIR`. */
export function parseAssetArgs(argv: readonly string[]): AssetOptions {
  const out = argv.indexOf('--out');
  const unknown = argv.filter((a, i) => !FLAGS.includes(a) && argv[i - 1] !== '--out');
  if (unknown.length > 0) throw new Error(`Unknown argument(s): ${unknown.join(' ')} (expected ${FLAGS.join(', ')} DIR).`);
  return {
    available: argv.includes('--available'),
    listingOnly: argv.includes('--listing-only'),
    outDir: out >= 0 && argv[out + 1] ? path.resolve(argv[out + 1] ?? '') : path.join(MARKETPLACE_DIR, 'images'),
    now: TEST_NOW,
  };
}

/** Emoji (the weather ⛈️ ☀️) need a colour emoji font, else Chromium draws empty boxes. */
function checkEmojiFont(): void {
  let families = '';
  try {
    families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    console.warn('fc-list not found: cannot check for an emoji font.');
    return;
  }
  if (!/emoji/i.test(families)) {
    throw new Error('No colour emoji font: the weather icons would be empty boxes. Install the Debian package fonts-noto-color-emoji.');
  }
}

/** Generates every image into `options.outDir`; returns the files written. Checks the tabs before any image. */
export async function generateAssets(options: AssetOptions): Promise<string[]> {
  if (options.requireEmojiFont !== false) checkEmojiFont();
  const svg = readFileSync(path.join(MARKETPLACE_DIR, 'boussole.svg'), 'utf8');
  const setup = options.setup ?? screenshotClasseur;
  let problems: string[] = [];
  const preview = await startPreview({ port: 0, now: options.now, setup: (emu) => { problems = setup(emu, options.now); } });
  try {
    const plan = planShots(preview.emu.book.sheetNames());
    if (plan.missing.length > 0) {
      const why = problems.length > 0 ? ` Set-up: ${problems.join('; ')}.` : '';
      if (!options.available) throw new Error(`${missingShotsMessage(plan.missing)}${why}`);
      console.warn(`Skipped (--available): ${plan.missing.map((s) => `${s.key} (tab "${s.tab}")`).join(', ')}.${why}`);
    }
    mkdirSync(options.outDir, { recursive: true });
    const browser = await launchChromium();
    try {
      return [...await renderIcons(browser, svg, options.outDir), ...await takeScreenshots(browser, preview, plan, options.outDir)];
    } finally {
      await browser.close();
    }
  } finally {
    await preview.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseAssetArgs(process.argv.slice(2));
  const files = options.listingOnly ? [] : await generateAssets(options);
  writeFileSync(path.join(MARKETPLACE_DIR, 'listing.md'), listingMarkdown(readListing()));
  for (const file of files) {
    const { width, height } = pngSize(readFileSync(file));
    console.log(`${path.relative(process.cwd(), file)}  ${width} × ${height}`);
  }
  console.log(`${path.relative(process.cwd(), path.join(MARKETPLACE_DIR, 'listing.md'))}  (from listing.json)`);
}
