// The listing's images: sizes read from the PNG headers of the committed files, the screenshot
// plan (which tab each shot shows, the loud failure naming a missing tab), and one real run of the
// generator in Chromium into a temporary folder (sizes only, so without requiring the emoji font).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAssets } from '../../scripts/marketplace-assets';
import { BANNER, BANNER_FILE, ICON_SIZES, iconFile } from '../../scripts/marketplace-parts/icons';
import { readListing } from '../../scripts/marketplace-parts/listing';
import { pngSize } from '../../scripts/marketplace-parts/png';
import { missingShotsMessage, planShots, SCREEN, SHOTS } from '../../scripts/marketplace-parts/screenshots';
import { exampleSetup } from '../../scripts/preview';
import { TEST_NOW } from '../support/bundle';

const DIR = 'docs/marketplace';
const listing = readListing();
const sizeOf = (file: string) => pngSize(readFileSync(file));

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(1280, 16);
    header.writeUInt32BE(800, 20);
    expect(pngSize(header)).toEqual({ width: 1280, height: 800 });
  });
  it('refuses a JPEG and a truncated file', () => {
    expect(() => pngSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)]))).toThrow('Not a PNG');
    expect(() => pngSize(readFileSync(`${DIR}/images/${iconFile(32)}`).subarray(0, 20))).toThrow('Not a PNG');
  });
});

describe('committed images (docs/marketplace/images)', () => {
  it.each(ICON_SIZES)('icon %i px is %i × %i', (size) => {
    expect(listing.graphics.icons[String(size)]).toBe(`images/${iconFile(size)}`);
    expect(sizeOf(`${DIR}/images/${iconFile(size)}`)).toEqual({ width: size, height: size });
  });
  it('the card banner is 220 × 140', () => {
    expect(listing.graphics.cardBanner).toBe(`images/${BANNER_FILE}`);
    expect(sizeOf(`${DIR}/images/${BANNER_FILE}`)).toEqual(BANNER);
  });
  it('lists the five screenshots in order; every one present is 1280 × 800; panneau, rapport and tableau de bord are present', () => {
    expect(listing.graphics.screenshots.map((s) => s.file)).toEqual(SHOTS.map((s) => `images/${s.file}`));
    for (const shot of SHOTS) {
      const file = `${DIR}/images/${shot.file}`;
      if (existsSync(file)) expect(sizeOf(file), shot.file).toEqual(SCREEN);
    }
    for (const key of ['panneau', 'rapport', 'tableau-de-bord']) {
      expect(existsSync(`${DIR}/images/${SHOTS.find((s) => s.key === key)?.file}`), key).toBe(true);
    }
  });
});

describe('planShots', () => {
  it('takes each shot from its tab, the latest report when there are several', () => {
    const plan = planShots(['Feuille 1', 'Plan', 'Rapport 2026-09', 'Rapport 2026-10', 'Tableau de bord', 'Comité 2026-T4', 'Portefeuille']);
    expect(plan.take.map((t) => [t.shot.key, t.tab])).toEqual([
      ['panneau', 'Plan'], ['rapport', 'Rapport 2026-10'], ['tableau-de-bord', 'Tableau de bord'],
      ['comite', 'Comité 2026-T4'], ['portefeuille', 'Portefeuille'],
    ]);
    expect(plan.missing).toEqual([]);
  });
  it('misses near names: Comité 2026-T5, Rapport 2026-1, Portefeuille 2, plan', () => {
    const plan = planShots(['plan', 'Rapport 2026-1', 'Tableau de bord', 'Comité 2026-T5', 'Portefeuille 2']);
    expect(plan.missing.map((s) => s.key)).toEqual(['panneau', 'rapport', 'comite', 'portefeuille']);
  });
  it('names every missing tab in the failure, and the flag that skips them', () => {
    const { missing } = planShots(['Plan', 'Rapport 2026-10', 'Tableau de bord']);
    expect(missingShotsMessage(missing)).toBe('Missing tabs for 2 screenshots: "comite" needs the tab "Comité AAAA-Tn"; '
      + '"portefeuille" needs the tab "Portefeuille". The add-on in dist/ did not create it; '
      + 'run `npm run marketplace -- --available` to take only the available screenshots.');
  });
});

describe('npm run marketplace (generateAssets, in Chromium)', () => {
  it('fails before writing anything when a tab is missing, naming it', async () => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'boussole-assets-')), 'images');
    const noReport = (emu: Parameters<typeof exampleSetup>[0]) => { exampleSetup(emu); return []; };
    await expect(generateAssets({ available: false, listingOnly: false, requireEmojiFont: false, outDir, now: TEST_NOW, setup: noReport })).rejects.toThrow('"rapport" needs the tab "Rapport AAAA-MM"');
    expect(existsSync(outDir)).toBe(false);
  });

  it('with --available, writes the icons, the banner and every screenshot whose tab exists, at their sizes', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'boussole-assets-'));
    const files = await generateAssets({ available: true, listingOnly: false, requireEmojiFont: false, outDir, now: TEST_NOW });
    const names = files.map((f) => path.basename(f));
    expect(names.slice(0, 5)).toEqual([...ICON_SIZES.map(iconFile), BANNER_FILE]);
    for (const size of ICON_SIZES) expect(sizeOf(path.join(outDir, iconFile(size)))).toEqual({ width: size, height: size });
    expect(sizeOf(path.join(outDir, BANNER_FILE))).toEqual(BANNER);
    const shots = names.slice(5);
    expect(shots.slice(0, 3)).toEqual(['capture-1-panneau.png', 'capture-2-rapport.png', 'capture-3-tableau-de-bord.png']);
    for (const shot of shots) expect(sizeOf(path.join(outDir, shot))).toEqual(SCREEN);
  }, 120_000);
});
