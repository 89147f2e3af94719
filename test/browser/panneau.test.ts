// The real sidebar (dist/Panneau.html) in Chromium, bridged to dist/Code.js in the emulator by
// the preview server, on the example classeur at TEST_NOW (Monday 23/11/2026).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePreviewInChromium } from './chromium';

const session = usePreviewInChromium();

async function openPanneau(): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'fr-FR' });
  await page.goto(`${session.preview.url}panneau`);
  await page.waitForSelector('main[data-etat="pret"]');
  return page;
}

const planRows = () => session.preview.emu.book.values('Plan');
const rowOf = (id: string) => planRows().find((r) => r[0] === id) ?? [];
const counter = (page: Page, key: string) => page.locator(`[data-compteur="${key}"] .nombre`).textContent();

describe('Panneau de pilotage in Chromium', () => {
  it('shows the example’s weather and counters for November 2026', async () => {
    const page = await openPanneau();
    // November actions A-026…A-030: 3 À faire, 2 En cours, 0 Fait.
    // Any month: Bloqué → 2; late on 23/11: A-022 (20/10), A-023 (12/11), A-024 (08/11) → 3.
    // Retard rouge (3 late ≥ 3) + Blocage rouge (2 blocked ≥ 2) → ⛈️ Orageux.
    expect(await page.locator('#meteo strong').getAttribute('data-meteo')).toBe('⛈️ Orageux');
    expect([await counter(page, 'aFaire'), await counter(page, 'enCours'), await counter(page, 'bloquees'), await counter(page, 'enRetard'), await counter(page, 'faites')])
      .toEqual(['3', '2', '2', '3', '0']);
    expect(await page.locator('#mois').textContent()).toBe('novembre 2026');
    expect(await page.locator('#alertes .alerte').count()).toBeLessThanOrEqual(5);
    expect(await page.locator('#alertes .alerte strong').first().textContent()).toBe('Retard');
    expect(await page.locator('#rituel .rituel-nom').textContent()).not.toBe('');
    await page.close();
  });

  it('selects an alert’s cells in the sheet', async () => {
    const page = await openPanneau();
    await page.getByRole('button', { name: 'Sélectionner les cellules : Retard' }).click();
    await expect.poll(() => page.locator('#annonce').textContent()).toBe('3 cellules sélectionnées dans Plan.');
    expect(session.preview.emu.book.activeSheet()).toBe('Plan');
    await page.close();
  });

  it('quick-add: an invalid field shows its error and writes nothing; valid fields append the row', async () => {
    const page = await openPanneau();
    const before = planRows();
    await page.getByLabel('Action', { exact: true }).fill('Publier 4 articles de fond');
    await page.getByLabel('Responsable', { exact: true }).fill('Léa Fontaine');
    await page.getByLabel('Budget prévu (€)').fill('beaucoup');
    await page.getByRole('button', { name: 'Ajouter au plan' }).click();
    await expect.poll(() => page.locator('#e-budgetPrevu').textContent()).toBe('« beaucoup » n’est pas un montant — attendu : des euros, ex. 1 200 ou 350,50.');
    expect(await page.locator('#e-budgetPrevu').isVisible()).toBe(true);
    expect(await page.getByLabel('Budget prévu (€)').getAttribute('aria-invalid')).toBe('true');
    expect(planRows()).toEqual(before);

    await page.getByLabel('Budget prévu (€)').fill('350');
    await page.getByRole('button', { name: 'Ajouter au plan' }).click();
    await expect.poll(() => page.locator('#annonce').textContent()).toMatch(/^Action A-043 ajoutée au Plan/);
    expect(await page.locator('#e-budgetPrevu').isVisible()).toBe(false);
    expect(planRows()).toHaveLength(before.length + 1);
    expect(rowOf('A-043').slice(3, 7)).toEqual(['Publier 4 articles de fond', 'Ponctuelle', 'Léa Fontaine', 'À faire']);
    expect(rowOf('A-043')[9]).toBe(350);
    await page.close();
  });

  it('one-click status change is written to Plan', async () => {
    const page = await openPanneau();
    const select = page.getByLabel('Statut de « Campagne multicanale avec suivi unifié »');
    expect(await select.inputValue()).toBe('En cours');
    await select.selectOption('Fait');
    await expect.poll(() => page.locator('#annonce').textContent()).toBe('« Campagne multicanale avec suivi unifié » : Fait.');
    expect(rowOf('A-026')[6]).toBe('Fait');
    await expect.poll(() => counter(page, 'faites')).toBe('1');
    await page.close();
  });

  it('shows an action named like HTML as text: no element, no script', async () => {
    const page = await openPanneau();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const evil = '<img src=x onerror=alert(1)>';
    await page.getByLabel('Action', { exact: true }).fill(evil);
    await page.getByLabel('Responsable', { exact: true }).fill('<b>Marie</b>');
    await page.getByLabel('Échéance (facultatif)').fill('2026-11-24');
    await page.getByRole('button', { name: 'Ajouter au plan' }).click();
    await expect.poll(() => page.locator('#semaine .action-nom').allTextContents()).toContain(evil);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#semaine b').count()).toBe(0);
    expect(planRows().some((r) => r[3] === evil)).toBe(true);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('generates the report from the sidebar with visible progress', async () => {
    const page = await openPanneau();
    // Hold the report call 400 ms in the browser, so the progress state can be seen.
    await page.route('**/rpc', async (route) => {
      if (route.request().postData()?.includes('boussoleGenererRapportPour')) await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.getByLabel('Mois du rapport').selectOption('2026-10');
    await page.getByRole('button', { name: 'Générer le rapport' }).click();
    expect(await page.locator('#r-progres').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Générer le rapport' }).isDisabled()).toBe(true);
    expect(await page.locator('#r-etat').textContent()).toBe('Génération du rapport d’octobre 2026… (quelques secondes)');
    await expect.poll(() => page.locator('#r-etat').textContent()).toMatch(/^Rapport prêt : onglet « Rapport 2026-10 »/);
    expect(await page.locator('#r-progres').isHidden()).toBe(true);
    expect(session.preview.emu.book.sheetNames()).toContain('Rapport 2026-10');
    await page.close();
  });

  it('(v2) counts the actions à clarifier beside the counters and selects their empty cells', async () => {
    const { emu } = session.preview;
    const toClarify = () => (emu.run('boussoleDonneesPanneau') as { aClarifier: { nombre: number; cellules: string[] } }).aClarifier;
    // the example's open actions of November and December all have an échéance and a responsable;
    // the quick-add test above appended one without échéance
    const before = toClarify();
    const saved = [emu.book.values('Plan', 'H32'), emu.book.values('Plan', 'F33')];
    emu.book.setValues('Plan', 'H32', [['']]); // A-031 (December): no échéance
    emu.book.setValues('Plan', 'F33', [['']]); // A-032 (December): no responsable
    try {
      const n = before.nombre + 2;
      expect(toClarify().cellules).toEqual(['Plan!H32', 'Plan!F33', ...before.cellules]);
      const page = await openPanneau();
      expect(await page.locator('#a-clarifier').textContent()).toBe(`${n} actions à clarifier (sans échéance ou sans responsable)Voir les cellules vides`);
      await page.getByRole('button', { name: `Sélectionner les cellules vides des ${n} actions à clarifier` }).click();
      await expect.poll(() => page.locator('#annonce').textContent()).toBe(`${before.cellules.length + 2} cellules sélectionnées dans Plan.`);
      await page.close();
    } finally {
      emu.book.setValues('Plan', 'H32', saved[0] as unknown[][]);
      emu.book.setValues('Plan', 'F33', saved[1] as unknown[][]);
    }
  });

  it('fits 300 px with no horizontal scroll; screenshot saved', async () => {
    const page = await openPanneau();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth]);
    expect(Math.max(...widths)).toBeLessThanOrEqual(300);
    mkdirSync('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/panneau.png', fullPage: true });
    await page.close();
  });
});
