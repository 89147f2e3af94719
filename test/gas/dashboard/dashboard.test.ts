// `Tableau de bord` on the example classeur, run in the emulator from dist/Code.js: hand-computed
// figures, live recalculation, rebuild scope, charts and the call count.
//
// TEST_NOW = Monday 2026-11-23, so the example's roadmap starts in 2026-06: October 2026 is roadmap
// month 5 (4 Mondays of Mesures: 5, 12, 19, 26) and November 2026 month 6 (3 Mondays: 2, 9, 16).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { DASH, dashboardRow, exampleEmulator, line, planRow, sections } from './support';

const ACTIONS = 'Actions du mois';
const BUDGET = 'Budget prévu et réel par horizon';
const CANAUX = 'Canaux du mois';
const OBJECTIFS = 'Objectifs du mois';

function numbers(row: unknown[], count: number): number[] {
  return row.slice(0, count).map((v) => Number(v));
}

describe('Tableau de bord of the example (emulator)', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = exampleEmulator();
    emu.run('boussoleActualiserTableauDeBord');
  });

  it('shows the current month by default: November 2026', () => {
    expect(emu.book.values(DASH, 'B2')[0]?.[0]).toEqual(new Date(2026, 10, 1));
    expect(emu.book.numberFormats(DASH, 'B2')[0]?.[0]).toBe('mmmm yyyy');
    expect(emu.book.formulas(DASH, 'B2')[0]?.[0]).toBe('=DATE(YEAR(TODAY()),MONTH(TODAY()),1)');
  });

  it('counts November’s actions per status: 3 À faire, 2 En cours, completion 0 / 5', () => {
    const s = sections(emu);
    // Month 6 rows: Campagne multicanale (En cours), Bilan LinkedIn (À faire), Nouveau site (À faire),
    // Tableau de bord CRM (En cours), Atelier CRM (À faire).
    expect(['À faire', 'En cours', 'Bloqué', 'Fait', 'Abandonné', 'Total'].map((l) => line(s, ACTIONS, l)[0])).toEqual([3, 2, 0, 0, 0, 5]);
    expect(line(s, ACTIONS, 'Taux de réalisation')[0]).toBe(0); // 0 Fait / (5 − 0 Abandonné)
  });

  it('sums November’s budget per horizon: month, cumulated since month 1, year', () => {
    const s = sections(emu);
    // Columns: prévu cumulé, réel cumulé, prévu du mois, réel du mois, montant prévu (année), réel (année).
    // Long terme: cumul prévu 1200+600 (M3) + 800+200 (M4) + 300+600 (M5) + 600+450 (M6) = 4750;
    //   réel 1150+600+800+200 = 2750; month 600 (site) + 450 (atelier) = 1050; year 2800+1700+1500 = 6000.
    expect(numbers(line(s, BUDGET, 'Long terme'), 6)).toEqual([4750, 2750, 1050, 0, 6000, 2750]);
    // Résultats rapides: cumul 300+400 (M4) + 300+400+900 (M5) + 300+400 (M6) = 3000;
    //   réel 280+380+310+420+1420 = 2810; month 700; year 1200+1500+900 = 3600.
    expect(numbers(line(s, BUDGET, 'Résultats rapides'), 6)).toEqual([3000, 2810, 700, 0, 3600, 2810]);
    // Optimisation: audit 300 (M1) + comparatif 300 (M2); year 1800+600; Réel typed 750 on the consultant poste wins.
    expect(numbers(line(s, BUDGET, 'Optimisation & imprévus'), 6)).toEqual([600, 600, 0, 0, 2400, 750]);
    expect(numbers(line(s, BUDGET, 'Sans horizon ou poste inconnu'), 6)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(numbers(line(s, BUDGET, 'Total'), 6)).toEqual([8350, 6160, 1750, 0, 12000, 6310]);
  });

  it('computes CAC, conversion and ROAS per channel over November’s 3 weeks', () => {
    const s = sections(emu);
    // Columns: CAC, conversion, ROAS, dépenses, nouveaux clients, visites, conversions, CA.
    // Google Ads, month 6: 70 €, 210 visites, 2 conversions, 2 clients, 2 800 € a week, × 3.
    const ga = line(s, CANAUX, 'Google Ads');
    expect(numbers(ga, 8).map((v, i) => (i === 1 ? Number(v.toFixed(6)) : v))).toEqual([35, Number((6 / 630).toFixed(6)), 40, 210, 6, 630, 6, 8400]);
    // Site web spends nothing: CAC 0 / 6 = 0, ROAS 6 300 / 0 → empty.
    expect(line(s, CANAUX, 'Site web').slice(0, 4)).toEqual([0, expect.closeTo(9 / 1260, 9), '', 0]);
    expect(line(s, CANAUX, 'LinkedIn Ads')[0]).toBe(100); // 300 / 3
    // All channels: 645 € / 21 clients = 30.71 €; 23 400 / 645 = 36.28.
    const tous = line(s, CANAUX, 'Tous les canaux');
    expect(tous[0]).toBeCloseTo(645 / 21, 6);
    expect(tous[2]).toBeCloseTo(23400 / 645, 6);
  });

  it('evaluates each objective for November with its progression', () => {
    const s = sections(emu);
    // Leads, all channels: (8 + 9 + 2 + 2 + 2) × 3 = 69 → (69 − 40) / (90 − 40) = 0.58.
    expect(line(s, OBJECTIFS, 'Leads — Tous').slice(0, 5)).toEqual([0.58, 69, 90, 40, 'Hausse']);
    // CAC, all channels: 645 / 21 = 30.714 → (30.714 − 60) / (30 − 60) = 0.976.
    const cac = line(s, OBJECTIFS, 'CAC — Tous');
    expect(cac[0]).toBeCloseTo((645 / 21 - 60) / -30, 6);
    expect(cac[1]).toBeCloseTo(645 / 21, 6);
    // Nouveaux clients on Google Ads: 2 × 3 = 6 → (6 − 4) / (12 − 4) = 0.25; ROAS LinkedIn 4 200 / 300 = 14 → 0.4.
    expect(line(s, OBJECTIFS, 'Nouveaux clients — Google Ads').slice(0, 2)).toEqual([0.25, 6]);
    expect(line(s, OBJECTIFS, 'ROAS — LinkedIn Ads').slice(0, 2)).toEqual([expect.closeTo(0.4, 9), 14]);
  });

  it('shows the plan’s weather: 3 late actions and 2 blocked make two rouge signals', () => {
    expect(emu.book.values(DASH, 'B4')[0]?.[0]).toBe('⛈️ Orageux');
  });

  it('follows the month cell: October 2026 shows roadmap month 5', () => {
    emu.book.setValues(DASH, 'B2', [[new Date(2026, 9, 15)]]);
    const s = sections(emu);
    // Month 5: 4 Fait, 1 En cours, 2 Bloqué, 1 Abandonné → completion 4 / (8 − 1).
    expect(['À faire', 'En cours', 'Bloqué', 'Fait', 'Abandonné', 'Total'].map((l) => line(s, ACTIONS, l)[0])).toEqual([0, 1, 2, 4, 1, 8]);
    expect(line(s, ACTIONS, 'Taux de réalisation')[0]).toBeCloseTo(4 / 7, 9);
    // Résultats rapides in month 5: prévu 300 + 400 + 900, réel 310 + 420 + 1 420 (the salon overran).
    expect(numbers(line(s, BUDGET, 'Résultats rapides'), 4)).toEqual([2300, 2810, 1600, 2150]);
    // October, 4 weeks: leads 21 × 4 = 84 → 0.88; Google Ads CAC 280 / 8 = 35; E-mailing 60 / 4 = 15.
    expect(line(s, OBJECTIFS, 'Leads — Tous').slice(0, 2)).toEqual([expect.closeTo(0.88, 9), 84]);
    expect([line(s, CANAUX, 'Google Ads')[0], line(s, CANAUX, 'E-mailing')[0]]).toEqual([35, 15]);
    emu.book.setValues(DASH, 'B2', [['=DATE(YEAR(TODAY()),MONTH(TODAY()),1)']]);
  });

  it('recalculates when a status changes in Plan', () => {
    const row = planRow(emu, 'Mettre en ligne le nouveau site');
    emu.book.setValues('Plan', `G${row}`, [['Fait']]);
    const s = sections(emu);
    expect(['À faire', 'Fait', 'Total'].map((l) => line(s, ACTIONS, l)[0])).toEqual([2, 1, 5]);
    expect(line(s, ACTIONS, 'Taux de réalisation')[0]).toBeCloseTo(1 / 5, 9);
    emu.book.setValues('Plan', `G${row}`, [['À faire']]);
    expect(line(sections(emu), ACTIONS, 'Fait')[0]).toBe(0);
  });

  it('draws the four charts right of the tables', () => {
    const row = (label: string) => dashboardRow(emu, label);
    expect(emu.book.charts(DASH).map((c) => [c.type, c.title, c.ranges, c.position.column])).toEqual([
      ['BAR', 'Actions du mois par statut', [`'${DASH}'!A${row('Statut')}:B${row('Abandonné')}`], 11],
      ['COLUMN', 'Budget prévu et réel cumulés par horizon', [`'${DASH}'!A${row('Horizon')}:C${row('Optimisation & imprévus')}`], 11],
      ['BAR', 'CAC par canal (€ par nouveau client)', [`'${DASH}'!A${row('Canal')}:B${row('Réseaux sociaux')}`], 11],
      ['BAR', 'Progression des objectifs', [`'${DASH}'!A${row('Objectif')}:B${row('ROAS — LinkedIn Ads')}`], 11],
    ]);
  });
});
