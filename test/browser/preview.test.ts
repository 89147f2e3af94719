// The preview page itself: the emulated tabs beside the real sidebar, redrawn after each RPC,
// the help sidebar, and the HTTP bridge's guards (loopback host, public globals only).
import { describe, expect, it } from 'vitest';
import { PORTEFEUILLE_HEADERS } from '../../src/contract';
import { usePreviewInChromium } from './chromium';

const session = usePreviewInChromium();

describe('npm run preview', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(session.preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('shows the tabs as tables and highlights the cells an alert selects', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await page.goto(session.preview.url);
    await page.getByRole('tab', { name: 'Cadrage' }).click();
    await expect.poll(() => page.locator('table[data-onglet="Cadrage"] td').nth(3).textContent()).toBe('Menuiserie Lambert & Fils');
    const panneau = page.frameLocator('iframe#panneau');
    await panneau.getByRole('button', { name: 'Sélectionner les cellules : Blocage' }).click();
    await expect.poll(() => page.locator('table[data-onglet="Plan"] td.selection').count()).toBe(2);
    expect(await page.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('serves the help sidebar: 10 steps, each opening its tab', async () => {
    const page = await session.browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'fr-FR' });
    await page.goto(`${session.preview.url}aide`);
    expect(await page.locator('#etapes > li').count()).toBe(10);
    // SPEC §10: the consultant's section — adding a client, « Autoriser l’accès », each Portefeuille column.
    expect(await page.getByRole('heading', { name: 'Pour le consultant : le portefeuille' }).count()).toBe(1);
    expect(await page.locator('#consultant dt').allTextContents()).toEqual([...PORTEFEUILLE_HEADERS]);
    await page.getByRole('button', { name: 'Ouvrir l’onglet Budget' }).click();
    await expect.poll(() => page.locator('#annonce').textContent()).toBe('Onglet « Budget » ouvert.');
    expect(session.preview.emu.book.activeSheet()).toBe('Budget');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: 'out/screenshots/aide.png', fullPage: true });
    await page.close();
  });

  it('refuses other hosts, non-JSON posts and private or unknown functions', async () => {
    const post = (body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
      fetch(`${session.preview.url}rpc`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await post({ name: 'boussoleDonneesPanneau', args: [] }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post({ name: 'eval', args: [] })).status).toBe(400);
    expect((await post({ name: 'boussoleInterne_', args: [] })).status).toBe(400);
    const ok = await (await post({ name: 'boussoleDonneesPanneau', args: [] })).json() as { ok: boolean };
    expect(ok.ok).toBe(true);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${session.preview.url}api/classeur`, { headers: { Host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
