// The comité trimestriel fits one printed A4 page (SPEC §4 v2), checked on its richest case: the
// example at 10× rows, quarter 2026-T3 after the reports of July, August and September (so the three
// months have a weather and September storms after August: « Poursuivre, recadrer ou arrêter ? »),
// with test-side edits so that every section is full: 8 done (then « … et N autres »), 8 abandoned
// (then the rest), 8 ideas to prepare and 8 waiting, every objective off trajectory, a channel to
// reallocate and six postes over budget. Printed like the report (test/libreoffice/report-page.test.ts):
// .xlsx set up as the PDF link, LibreOffice to PDF, pdfinfo counts pages, a PNG in out/comite-page/.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator/index';
import { exampleBookAtScale } from '../gas/report/support';
import { printTab } from './print-tab';

const TAB = 'Comité 2026-T3';
const OUT = resolve('out', 'comite-page');
const T3 = /^2026-0[789]/;

/** `2026-07` for a Plan `Mois` cell (a date or text). */
function monthOf(cell: unknown): string {
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
    const d = cell as Date;
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  }
  return String(cell);
}

/** Abandons 12 T3 actions (after the first 20, so the done list stays full); objectives' targets out of reach. */
function enrich(emu: Emulator): void {
  const plan = emu.book.values('Plan');
  const quarter = plan.map((r, i) => ({ r, i })).filter(({ r, i }) => i > 0 && T3.test(monthOf(r[1]))).slice(20, 32);
  for (const { i } of quarter) emu.book.setValues('Plan', `G${i + 1}`, [['Abandonné']]);
  const objectifs = emu.book.values('Objectifs');
  objectifs.forEach((r, i) => {
    if (i === 0 || r[0] === '') return;
    const depart = Number(r[3]);
    const cible = Number(r[4]);
    emu.book.setValues('Objectifs', `E${i + 1}`, [[r[2] === 'Baisse' ? depart / 10 : Math.max(cible, depart) * 10]]);
  });
}

describe('the richest comité trimestriel on one A4 page', () => {
  let values: unknown[][];
  let pdfInfo: string;
  let png: string;

  beforeAll(async () => {
    const emu = exampleBookAtScale(10);
    enrich(emu);
    for (const month of ['2026-07', '2026-08', '2026-09']) emu.run('boussoleGenererRapportPour', month);
    expect(emu.run('boussoleComiteTrimestrielPour', '2026-T3')).toEqual({ feuille: TAB });
    values = emu.book.values(TAB);
    ({ pdfInfo, png } = await printTab(emu, TAB, OUT, 'comite-2026-T3-x10'));
  }, 240_000);

  it('has every section full', () => {
    const a = values.map((r) => String(r[0]));
    const b = values.map((r) => String(r[1]));
    expect(a[1]).toMatch(/^Météo du trimestre : juil\. \S+ \S+ · août \S+ \S+ · sept\. ⛈️ Orageux$/);
    const objectives = a.slice(a.findIndex((t) => t.startsWith('Objectifs et trajectoire')) + 1, a.indexOf('Budget par horizon'));
    expect(objectives.length).toBeGreaterThanOrEqual(6);
    // Every Hausse objective is off trajectory; the CAC (Baisse) already moved 45 % of the way to a tenth.
    expect(objectives.filter((t) => t.endsWith(' · hors trajectoire')).length).toBeGreaterThanOrEqual(5);
    const faites = a.findIndex((t) => /^Faites \(\d{2,}\)$/.test(t));
    expect(a[faites + 9]).toMatch(/^… et \d+ autres$/);
    const abandoned = a.findIndex((t) => /^Abandonnées \(\d+\)$/.test(t));
    expect(Number(/\((\d+)\)/.exec(a[abandoned] ?? '')?.[1])).toBeGreaterThan(8);
    const ideas = a.findIndex((t) => t.startsWith('À préparer ('));
    expect(a[ideas + 9]).toMatch(/^… et \d+ autres$/);
    expect(b[ideas + 9]).toMatch(/^… et \d+ autres$/);
    expect(a).toContain('Poursuivre, recadrer ou arrêter ?');
    // The alert also needs August off trajectory with a value: three objectives.
    expect(a.filter((t) => t.startsWith('Objectif hors trajectoire — ')).length).toBeGreaterThanOrEqual(3);
    expect(a.some((t) => t.startsWith('Déplacer '))).toBe(true);
    expect(a.some((t) => t.startsWith('Postes en dépassement'))).toBe(true);
  });

  it('prints on exactly one A4 portrait page', () => {
    expect(pdfInfo).toMatch(/Pages:\s+1\n/);
    expect(pdfInfo).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('leaves a PNG of the page in out/comite-page/', () => {
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });
});
