// Dérive du projet (SPEC §6 v2): budget, délai and rythme, each only when its inputs are filled.
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { Cadrage, Workbook } from '../../../src/core/types';
import { action, cadrage, calmWorkbook, d, poste, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

// The calm budget (4 000 € planned = Budget annuel 4 000 €), with `reel` typed on the first poste.
const spent = (reel: number) => [
  poste({ row: 2, poste: 'Outil', montantPrevu: 2500, reel }),
  poste({ row: 3, poste: 'Formation', horizon: 'Résultats rapides', nature: 'Humain', montantPrevu: 1000 }),
  poste({ row: 4, poste: 'Tests', horizon: 'Optimisation & imprévus', experimentation: true, montantPrevu: 500 }),
];
const drift = (over: Partial<Workbook>, cadrageOver: Partial<Cadrage> = {}, today = TODAY) =>
  computeAlerts(calmWorkbook({ ...over, cadrage: cadrage(cadrageOver) }), '2026-11', today).filter((a) => a.signal === 'Dérive du projet');

describe('Dérive du projet — budget', () => {
  it('is rouge when the actual to date exceeds Budget annuel × (1 + seuil)', () => {
    // 6 001 > 4 000 × 1,5 = 6 000; the rythme part fires too (150 % spent for 21,9 % of the year)
    const lines = drift({ budget: spent(6001) });
    expect(lines.map((a) => a.niveau)).toEqual(['rouge', 'orange']);
    expect(lines[0]?.message).toBe('Budget du projet dépassé : 6 001 € dépensés à ce jour pour un budget annuel de 4 000 € (+50 %), au-delà du seuil d’alerte de 50 %.');
    expect(lines[0]?.cellules).toEqual(['Cadrage!B10', 'Cadrage!B13']);
  });
  it('does not fire at exactly Budget annuel × (1 + seuil)', () => {
    expect(drift({ budget: spent(6000) }).map((a) => a.message)).not.toContainEqual(expect.stringMatching(/^Budget du projet dépassé/));
  });
  it('counts Plan spending on no known poste (actual to date)', () => {
    // 6 000 on the poste + 1 € on a Plan row with an unknown poste = 6 001
    const plan = [action({ poste: 'Inconnu', budgetReel: 1, echeance: d('2026-11-30') })];
    expect(drift({ budget: spent(6000), plan })[0]?.message).toMatch(/^Budget du projet dépassé : 6 001 €/);
  });
  it('is not judged without Budget annuel', () => {
    expect(drift({ budget: spent(9000) }, { budgetAnnuel: null })).toEqual([]);
  });
});

describe('Dérive du projet — délai', () => {
  it('is rouge more than 30 days past the Date butoir with no Minimum utile livré le', () => {
    const [a] = drift({}, { dateButoir: d('2026-10-20') }); // R 20/11: 31 days past
    expect(a).toMatchObject({ niveau: 'rouge', cellules: ['Cadrage!B7', 'Cadrage!B18'] });
    expect(a?.message).toBe('Date butoir du 20/10/2026 dépassée de 31 jours et le minimum utile n’est pas livré (« Minimum utile livré le » vide).');
  });
  it('is orange up to 30 days past', () => {
    const [a] = drift({}, { dateButoir: d('2026-10-21') });
    expect(a?.niveau).toBe('orange');
    expect(a?.message).toMatch(/^Date butoir du 21\/10\/2026 dépassée de 30 jours /);
    expect(drift({}, { dateButoir: d('2026-11-19') })[0]?.message).toContain('dépassée de 1 jour ');
  });
  it('does not fire on the Date butoir itself, once the minimum utile is delivered, or without a Date butoir', () => {
    expect(drift({}, { dateButoir: d('2026-11-20') })).toEqual([]);
    expect(drift({}, { dateButoir: d('2026-09-30'), minimumUtileLivre: d('2026-10-15') })).toEqual([]);
    expect(drift({}, { dateButoir: null })).toEqual([]);
  });
});

describe('Dérive du projet — rythme', () => {
  // today 13/11/2026 = Début (01/09/2026) + 73 days (across the October time change): elapsed = 73 / 365 = 20 %
  const TODAY_73 = d('2026-11-13');
  it('fires when the share spent runs more than 20 points ahead of the elapsed share', () => {
    const [a] = drift({ budget: spent(1601) }, {}, TODAY_73); // 40,025 % − 20 % = 20,025 points
    expect(a?.niveau).toBe('orange');
    expect(a?.message).toBe('Dépenses en avance sur le calendrier : 40 % du budget annuel consommé (1 601 € sur 4 000 €) pour 20 % de l’année écoulée depuis le début de la feuille de route.');
    expect(a?.cellules).toEqual(['Cadrage!B10', 'Cadrage!B11']);
  });
  it('does not fire at exactly 20 points (1 600 € = 40 % for 20 % of the year)', () => {
    expect(drift({ budget: spent(1600) }, {}, TODAY_73)).toEqual([]);
  });
  it('caps the elapsed share at 1 after a year, and needs Début', () => {
    // on 2027-11-20 the year is over: 100 % elapsed; 5 000 / 4 000 = 125 % → 25 points ahead
    expect(computeAlerts(calmWorkbook({ budget: spent(5000), mesures: [] }), '2027-11', d('2027-11-20'))
      .filter((a) => a.signal === 'Dérive du projet').map((a) => a.message.slice(0, 30))).toEqual(['Date butoir du 15/12/2026 dépa', 'Dépenses en avance sur le cale']);
    expect(drift({ budget: spent(3000) }, { debutFeuilleDeRoute: null })).toEqual([]);
  });
});
