// The meeting dialog (SPEC §4 v2) and the sidebar's next ritual and check-list (SPEC §8 v2) in
// Chromium, on the example classeur at TEST_NOW (Monday 23/11/2026): the dialog the bundle shows
// is served at the preview's origin, so its google.script.run calls reach the same emulator.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withShim } from '../../scripts/preview-parts/shim';
import { usePreviewInChromium } from './chromium';

const session = usePreviewInChromium();
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const emu = () => session.preview.emu;
const lastRow = (tab: string) => emu().book.values(tab).at(-1) ?? [];
/** French typography of the dialog's texts: a no-break space before « : ». */
const nb = (text: string) => text.replace(/ :/g, '\u00a0:');

async function openPanneau(): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'fr-FR' });
  await page.goto(`${session.preview.url}panneau`);
  await page.waitForSelector('main[data-etat="pret"]');
  return page;
}

/** Opens, in a 620 × 680 page, the last dialog the bundle showed. */
async function openDialog(): Promise<Page> {
  const html = emu().ui.dialogs.at(-1)?.html ?? '';
  const page = await session.browser.newPage({ viewport: { width: 620, height: 680 }, locale: 'fr-FR' });
  const url = `${session.preview.url}dialogue-${emu().ui.dialogs.length}`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: withShim(html) }));
  await page.goto(url);
  return page;
}

describe('the sidebar: next ritual and check-list', () => {
  it('shows the check-list collapsed under « Check-list : 3/5 », opened with the keyboard', async () => {
    const page = await openPanneau();
    const toggle = page.locator('#checklist-bascule');
    // Example: Vision ✅, Points de douleur empty ❌, Priorités ✅, RACI « Campagnes d'acquisition » with 2 A ❌, Humain 27,5 % ✅.
    expect(await toggle.textContent()).toBe('Check-list : 3/5');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#checklist').isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#checklist > li').evaluateAll((li) => li.map((l) => [l.getAttribute('data-etape'), l.className])))
      .toEqual([['Vision', 'ok'], ['Diagnostic', 'manque'], ['Priorités', 'ok'], ['Gouvernance', 'manque'], ['Montée en compétences', 'ok']]);
    await page.keyboard.press('Space');
    expect(await page.locator('#checklist').isVisible()).toBe(false);
    await page.close();
  });

  it('the next ritual’s button opens the meeting dialog on it', async () => {
    const page = await openPanneau();
    expect(await page.locator('#rituel .rituel-nom').textContent()).toBe('Point hebdo');
    const n = emu().ui.dialogs.length;
    await page.getByRole('button', { name: 'Préparer « Point hebdo »' }).click();
    await expect.poll(() => page.locator('#annonce').textContent()).toBe('Point hebdo du 23/11/2026 préparé.');
    expect(emu().ui.dialogs).toHaveLength(n + 1);
    expect(emu().ui.dialogs.at(-1)?.title).toBe('Préparer : Point hebdo');
    await page.close();
  });
});

describe('Aide et mini-formation', () => {
  it('shows the check-list of this classeur, each step with why it matters before buying a tool', async () => {
    const page = await session.browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'fr-FR' });
    await page.goto(`${session.preview.url}aide`);
    await expect.poll(() => page.locator('#checklist > li[data-etape]').count()).toBe(5);
    expect(await page.locator('#titre-checklist').textContent()).toBe('Check-list stratégique — 3/5');
    expect(await page.locator('#checklist > li[data-etape="Diagnostic"] .detail').textContent()).toMatch(/^Cadrage : « Points de douleur » est vide/);
    expect(await page.locator('#checklist .pourquoi').allTextContents()).toHaveLength(5);
    expect(await page.locator('#checklist > li[data-etape="Gouvernance"] .pourquoi').textContent()).toBe(
      'Un outil sans responsable ni rituel est abandonné en quelques semaines : chacun doit savoir qui décide et quand on fait le point.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });
});

describe('the meeting dialog', () => {
  it('point hebdo: field errors, then moral, feedback to the backlog, and the Prochaine date a week on', async () => {
    emu().run('boussolePointHebdo');
    const page = await openDialog();
    expect(await page.locator('#note-date').textContent()).toBe(nb('En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E14) : 30/11/2026 (au lieu du 23/11/2026).'));
    const journal = emu().book.values('Journal').length;
    await page.getByLabel('Date de la réunion').fill('');
    await page.getByRole('button', { name: 'Enregistrer dans le Journal' }).click();
    await expect.poll(() => page.locator('#e-date').textContent()).toBe('Date : attendu une date réelle, ex. 23/11/2026.');
    expect(await page.getByLabel('Date de la réunion').getAttribute('aria-invalid')).toBe('true');
    expect(emu().book.values('Journal')).toHaveLength(journal);

    await page.getByLabel('Date de la réunion').fill('2026-11-23');
    await page.getByLabel('Décisions', { exact: true }).fill('Karim relance le prestataire');
    await page.getByLabel('Moral de l’équipe').selectOption('4');
    await page.getByLabel('Ce qui coince', { exact: true }).fill('Les imports sont lents\n<b>Export</b> impossible');
    await page.getByLabel('Ajouter ce qui coince et ce qui manque au backlog').check();
    await page.getByRole('button', { name: 'Enregistrer dans le Journal' }).click();
    await expect.poll(() => page.locator('#statut').textContent()).toBe(`« Point hebdo » du 23/11/2026 : compte rendu ajouté au Journal (ligne ${journal + 1}) ; `
      + '2 idées ajoutées au Backlog (B-016 à B-017) ; prochaine date du rituel : 30/11/2026 (Gouvernance!E14).');
    expect(await page.locator('#e-date').isVisible()).toBe(false);
    expect(lastRow('Journal').slice(1, 8)).toEqual(['Point hebdo', '⛈️ Orageux', 'Karim relance le prestataire', expect.stringContaining('A-022'),
      'Julien Moreau, Nadia Benali, Léa Fontaine', 4, 'Ce qui coince : Les imports sont lents\n<b>Export</b> impossible']);
    expect(emu().book.values('Backlog').slice(-2).map((r) => r.slice(0, 4))).toEqual([
      ['B-016', 'Les imports sont lents', 'Retour d\'équipe', d(2026, 11, 23)], ['B-017', '<b>Export</b> impossible', 'Retour d\'équipe', d(2026, 11, 23)]]);
    expect(emu().book.values('Gouvernance', 'E14')).toEqual([[d(2026, 11, 30)]]);
    await page.close();
  });

  it('revue mensuelle: chosen with the keyboard, its decisions ticked or answered, the Prochaine date a month on', async () => {
    emu().run('boussoleGenererRapportPour', '2026-10');
    emu().run('boussolePointHebdo');
    const page = await openDialog();
    await page.locator('#rituel').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#rituel').inputValue()).toBe('1');
    expect(await page.locator('section[data-rituel="Revue mensuelle"]').isVisible()).toBe(true);
    expect(await page.locator('section[data-rituel="Point hebdo"]').isVisible()).toBe(false);
    expect(await page.getByLabel('Date de la réunion').inputValue()).toBe('2026-12-10');
    expect(await page.getByLabel('Participants').inputValue()).toBe('Sophie Lambert, Julien Moreau, Claire Dubois');
    expect(await page.locator('#note-date').textContent()).toBe(nb('En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E15) : 10/01/2027 (au lieu du 10/12/2026).'));
    await page.getByLabel('Date de la réunion').fill('2026-12-11');
    expect(await page.locator('#note-date').textContent()).toBe(nb('En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E15) : '
      + 'sa prochaine occurrence (mensuelle) après la date choisie, si elle n’est pas déjà après la réunion.'));
    await page.getByLabel('Date de la réunion').fill('2026-12-10');
    const points = page.locator('section[data-rituel="Revue mensuelle"] .point');
    expect(await points.count()).toBe(3);
    await points.nth(0).locator('.point-fait').check();
    await points.nth(1).locator('.point-reponse').fill('Nadia importe à la main');
    await page.getByLabel('Météo').selectOption('🌧️ Pluvieux');
    await page.getByRole('button', { name: 'Enregistrer dans le Journal' }).click();
    await expect.poll(() => page.locator('#statut').textContent()).toMatch(/^« Revue mensuelle » du 10\/12\/2026 : compte rendu ajouté au Journal \(ligne \d+\) ; prochaine date du rituel : 10\/01\/2027 \(Gouvernance!E15\)\.$/);
    const row = lastRow('Journal');
    expect(row.slice(0, 4)).toEqual([d(2026, 12, 10), 'Revue mensuelle', '🌧️ Pluvieux',
      '✔ Débloquer « Intégrer les formulaires du site au CRM » (Karim Haddad) : quelle décision, qui la prend ?\n'
      + '✔ Débloquer « Importer l\'historique des devis » (Nadia Benali) : quelle décision, qui la prend ? → Nadia importe à la main']);
    expect(row[4]).toBe('À trancher : Poste « Salon de l\'habitat » : 1 420 € dépensés pour 900 € prévus (+57,8 %) — accepter, réallouer ou arrêter ?');
    expect(emu().book.values('Gouvernance', 'E15')).toEqual([[d(2027, 1, 10)]]);
    expect(await page.getByRole('button', { name: 'Enregistré' }).isDisabled()).toBe(true);
    await page.close();
  });
});
