// The monthly report fits one printed A4 page (SPEC §6), checked on its richest case: the example at
// 10× rows, October 2026 after a stormy September, so that every section is full — 8 done (of 40),
// 8 blocked (of 20), 8 late (of 10), 6 signal lines and a pointer to the rest, the « Poursuivre,
// recadrer ou arrêter ? » block, a reallocation, quick wins, 8 actions next month, 8 decisions.
// The tab is exported to .xlsx set up like the PDF link (A4 portrait, fit to width, 0.4 in margins,
// rows as tall as Sheets makes them), LibreOffice prints it to PDF, pdfinfo counts the pages, and a
// PNG goes to out/report-page/ to be looked at.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleBookAtScale } from '../gas/report/support';
import { printTab } from './print-tab';

const TAB = 'Rapport 2026-10';
const OUT = resolve('out', 'report-page');

describe('the richest monthly report on one A4 page', () => {
  let values: unknown[][];
  let pdfInfo: string;
  let png: string;

  beforeAll(async () => {
    const emu = exampleBookAtScale(10);
    expect(emu.run('boussoleGenererRapportPour', '2026-09')).toMatchObject({ meteo: '⛈️ Orageux' });
    expect(emu.run('boussoleGenererRapportPour', '2026-10')).toMatchObject({ feuille: TAB, meteo: '⛈️ Orageux' });
    values = emu.book.values(TAB);
    ({ pdfInfo, png } = await printTab(emu, TAB, OUT, 'rapport-2026-10-x10'));
  }, 240_000);

  it('has every section full', () => {
    const a = values.map((r) => String(r[0]));
    const b = values.map((r) => String(r[1]));
    const after = (list: string[], label: string, n: number) => list.slice(list.indexOf(label) + 1, list.indexOf(label) + 1 + n);
    expect(after(a, 'Faites (40)', 9).at(-1)).toBe('… et 32 autres');
    expect(after(a, 'Bloquées (20)', 9).at(-1)).toBe('… et 12 autres');
    expect(after(b, 'En retard (10)', 9).at(-1)).toBe('… et 2 autres');
    expect(values.filter((r) => r[1] === 'Rouge' || r[1] === 'Orange')).toHaveLength(6);
    expect(a.some((t) => /^… et \d+ autres? signa/.test(t))).toBe(true);
    expect(a).toContain('Poursuivre, recadrer ou arrêter ?');
    expect(a.some((t) => t.startsWith('Déplacer '))).toBe(true);
    expect(a.some((t) => t.startsWith('Quick win : '))).toBe(true);
    expect(a).toContain('… et 42 autres'); // next month: 50 actions, 8 shown
    expect(a).toContain('8. Débloquer « Importer l\'historique des devis (lot 4) » (Nadia Benali) : quelle décision, qui la prend ?');
  });

  it('prints on exactly one A4 portrait page', () => {
    expect(pdfInfo).toMatch(/Pages:\s+1\n/);
    expect(pdfInfo).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('leaves a PNG of the page in out/report-page/', () => {
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });
});
