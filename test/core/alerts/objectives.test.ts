// Objectif hors trajectoire (SPEC §6 v2) and the exported expected progress (reused by the comité).
// Début = 01/09/2026 and Échéance 30/12/2026 = Début + 120 days, so the expected progress is 50 %
// at the end of October (60 days) and 75 % at the end of November (90 days).
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import { expectedProgress, roadmapStart } from '../../../src/core/indicators/trajectory';
import type { Measure, Objective, Workbook } from '../../../src/core/types';
import { action, cadrage, calmWorkbook, d, mesure, objectif, resetRows } from '../fixtures';

const AFTER_NOVEMBER = d('2026-12-05'); // November judged on R = 01/12/2026
const DEBUT = d('2026-09-01');
beforeEach(resetRows);

const leads = (octobre: number | null, novembre: number | null): Measure[] => [
  ...(octobre === null ? [] : [mesure('2026-10-19', 'Site', { Leads: octobre }, 2)]),
  ...(novembre === null ? [] : [mesure('2026-11-16', 'Site', { Leads: novembre }, 3)]),
];
const LEADS = (over: Partial<Objective> = {}) => objectif({ row: 2, indicateur: 'Leads', depart: 0, cible: 100, echeance: d('2026-12-30'), ...over });
const off = (over: Partial<Workbook>, today = AFTER_NOVEMBER) =>
  computeAlerts(calmWorkbook(over), '2026-11', today).filter((a) => a.signal === 'Objectif hors trajectoire');

describe('expectedProgress', () => {
  const o = { depart: 0, cible: 100, echeance: d('2026-12-30') };
  it('is (e − Début) / (Échéance − Début) with e the last day of the month, or R if earlier', () => {
    expect(expectedProgress(o, DEBUT, '2026-11', d('2026-12-01'))).toBe(0.75);
    expect(expectedProgress(o, DEBUT, '2026-10', d('2026-12-01'))).toBe(0.5);
    expect(expectedProgress(o, DEBUT, '2026-11', d('2026-11-20'))).toBeCloseTo(80 / 120, 12); // R = 20/11 is earlier
  });
  it('is clamped to 0 before Début and to 1 after the Échéance', () => {
    expect(expectedProgress(o, DEBUT, '2026-08', d('2026-12-01'))).toBe(0);
    expect(expectedProgress(o, DEBUT, '2027-02', d('2027-03-01'))).toBe(1);
  });
  it('is null without Valeur de départ, Cible, Échéance or Début, or with an Échéance not after Début', () => {
    expect(expectedProgress({ ...o, depart: null }, DEBUT, '2026-11', d('2026-12-01'))).toBeNull();
    expect(expectedProgress({ ...o, cible: null }, DEBUT, '2026-11', d('2026-12-01'))).toBeNull();
    expect(expectedProgress({ ...o, echeance: null }, DEBUT, '2026-11', d('2026-12-01'))).toBeNull();
    expect(expectedProgress(o, null, '2026-11', d('2026-12-01'))).toBeNull();
    expect(expectedProgress({ ...o, echeance: DEBUT }, DEBUT, '2026-11', d('2026-12-01'))).toBeNull();
  });
  it('roadmapStart is the first day of the month of « Début de la feuille de route »', () => {
    expect(roadmapStart({ debutFeuilleDeRoute: d('2026-09-17') })).toEqual(DEBUT);
    expect(roadmapStart({ debutFeuilleDeRoute: null })).toBeNull();
  });
});

describe('Objectif hors trajectoire', () => {
  it('fires when both months are more than 20 points below their expected progress', () => {
    // November 54 % for 75 % (21 points), October 29 % for 50 % (21 points)
    const [a] = off({ objectifs: [LEADS()], mesures: leads(29, 54) });
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Objectifs!A2', 'Objectifs!E2'] });
    expect(a?.message).toBe('« Leads » : progression de 54 % en novembre 2026 pour 75 % attendus, et de 29 % en octobre 2026 pour 50 % '
      + '(cible 100 le 30/12/2026) ; aucune action ouverte du Plan ne le sert (colonne « Objectif »).');
  });
  it('does not fire at exactly 20 points in either month', () => {
    expect(off({ objectifs: [LEADS()], mesures: leads(29, 55) })).toEqual([]);
    expect(off({ objectifs: [LEADS()], mesures: leads(30, 54) })).toEqual([]);
  });
  it('needs a value in both months', () => {
    expect(off({ objectifs: [LEADS()], mesures: leads(null, 0) })).toEqual([]);
    expect(off({ objectifs: [LEADS()], mesures: leads(0, null) })).toEqual([]);
  });
  it('judges the current month on R: 20/11 expects 66,7 %', () => {
    // 46 % is 20,7 points under 66,7 %; October still expects 50 %
    expect(off({ objectifs: [LEADS()], mesures: leads(29, 46) }, d('2026-11-20'))[0]?.message).toContain('46 % en novembre 2026 pour 66,7 % attendus');
    expect(off({ objectifs: [LEADS()], mesures: leads(29, 47) }, d('2026-11-20'))).toEqual([]);
  });
  it('works for a falling target, names the channel and counts the open actions serving it', () => {
    // Dépenses — Site, 1 000 → 500: November 800 = 40 %, October 900 = 20 %
    const o = objectif({ row: 3, indicateur: 'Dépenses', canal: 'Site', sens: 'Baisse', depart: 1000, cible: 500, echeance: d('2026-12-30') });
    const mesures = [mesure('2026-10-19', 'Site', { Dépenses: 900 }, 2), mesure('2026-11-16', 'Site', { Dépenses: 800 }, 3)];
    const plan = [action({ objectif: 'dépenses - site', echeance: d('2026-11-30') }), action({ objectif: 'Dépenses — Site', statut: 'Fait' }), action({ objectif: 'Leads' })];
    const [a] = off({ objectifs: [o], mesures, plan });
    expect(a?.message).toMatch(/^« Dépenses — Site » : progression de 40 % en novembre 2026 pour 75 % attendus, et de 20 % en octobre 2026 pour 50 % /);
    expect(a?.message).toMatch(/; 1 action ouverte du Plan le sert\.$/);
  });
  it('gives one line per objective, and skips objectives without the inputs or without Début', () => {
    const two = [LEADS(), LEADS({ row: 3, cible: 200 })]; // the second: 27 % and 14,5 % → also off
    expect(off({ objectifs: two, mesures: leads(29, 54) }).map((a) => a.cellules[0])).toEqual(['Objectifs!A2', 'Objectifs!A3']);
    expect(off({ objectifs: [LEADS({ depart: null })], mesures: leads(0, 0) })).toEqual([]);
    expect(off({ objectifs: [LEADS({ echeance: d('2026-08-31') })], mesures: leads(0, 0) })).toEqual([]);
    expect(off({ objectifs: [LEADS()], mesures: leads(0, 0), cadrage: cadrage({ debutFeuilleDeRoute: null }) })).toEqual([]);
  });
});
