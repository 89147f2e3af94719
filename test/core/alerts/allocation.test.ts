// Budget non aligné and Répartition déséquilibrée (SPEC §6 v2), on the calm classeur (Budget
// annuel 4 000 €, Mature 60 / 20 / 20) with hand-set postes.
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { Cadrage } from '../../../src/core/types';
import { cadrage, calmWorkbook, d, poste, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

/** Three postes: Long terme (Tech), Résultats rapides (Humain), Optimisation & imprévus (Oui). */
const budget = (longTerme: number, rapides: number, optimisation: number) => [
  poste({ row: 2, poste: 'Outil', montantPrevu: longTerme }),
  poste({ row: 3, poste: 'Formation', horizon: 'Résultats rapides', nature: 'Humain', montantPrevu: rapides }),
  poste({ row: 4, poste: 'Tests', horizon: 'Optimisation & imprévus', experimentation: true, montantPrevu: optimisation }),
];
const only = (signal: string, postes: ReturnType<typeof budget>, over: Partial<Cadrage> = {}) =>
  computeAlerts(calmWorkbook({ budget: postes, cadrage: cadrage(over) }), '2026-11', TODAY).filter((a) => a.signal === signal);

describe('Budget non aligné', () => {
  it('does not fire at exactly 10 % over or under Budget annuel', () => {
    expect(only('Budget non aligné', budget(2900, 1000, 500))).toEqual([]); // 4 400
    expect(only('Budget non aligné', budget(2100, 1000, 500))).toEqual([]); // 3 600
  });
  it('says « au-dessus » one cent beyond 10 % over', () => {
    const [a] = only('Budget non aligné', budget(2900.01, 1000, 500));
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Budget!E2:E4', 'Cadrage!B10'] });
    expect(a?.message).toBe('Les postes du Budget totalisent 4 400,01 € prévus, au-dessus du budget annuel du Cadrage (4 000 €) de 10 %.');
    expect(a?.conseil).toMatch(/^Réduisez des montants prévus/);
  });
  it('says « en dessous » when the postes leave budget unallocated', () => {
    const [a] = only('Budget non aligné', budget(2000, 1000, 500)); // 3 500: 12,5 % under
    expect(a?.message).toBe('Les postes du Budget totalisent 3 500 € prévus, en dessous du budget annuel du Cadrage (4 000 €) de 12,5 %.');
    expect(a?.conseil).toContain('Répartir le budget selon la maturité');
  });
  it('is not judged without a positive Budget annuel', () => {
    expect(only('Budget non aligné', budget(100, 0, 0), { budgetAnnuel: null })).toEqual([]);
    expect(only('Budget non aligné', budget(100, 0, 0), { budgetAnnuel: 0 })).toEqual([]);
  });
});

describe('Répartition déséquilibrée', () => {
  it('names the horizons more than 15 points from the maturity split (Débutante 40 / 40 / 20)', () => {
    // 2 500 / 1 000 / 500 of 4 000 = 62,5 / 25 / 12,5 %: Long terme +22,5; Résultats rapides −15 (exactly, not named)
    const [a] = only('Répartition déséquilibrée', budget(2500, 1000, 500), { maturite: 'Débutante' });
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Budget!B2:B4', 'Cadrage!B9'] });
    expect(a?.message).toBe('Budget prévu éloigné de la répartition conseillée pour une maturité « Débutante » (40 / 40 / 20 %) : Long terme 62,5 % (conseillé 40 %).');
  });
  it('does not fire at exactly 15 points (Mature: Long terme 75 %)', () => {
    expect(only('Répartition déséquilibrée', budget(3000, 500, 500))).toEqual([]);
  });
  it('names the « tout-payant » trap when Résultats rapides is above 60 % (Intermédiaire 50 / 30 / 20)', () => {
    const [a] = only('Répartition déséquilibrée', budget(1000, 2500, 500), { maturite: 'Intermédiaire' }); // 25 / 62,5 / 12,5 %
    expect(a?.message).toBe('Budget prévu éloigné de la répartition conseillée pour une maturité « Intermédiaire » (50 / 30 / 20 %) : '
      + 'Long terme 25 % (conseillé 50 %), Résultats rapides 62,5 % (conseillé 30 %) — piège du « tout-payant ».');
    expect(a?.conseil).toMatch(/^Le « tout-payant » s’arrête/);
  });
  it('names the « tout-organique » trap when Résultats rapides is under 10 % (Mature)', () => {
    const [a] = only('Répartition déséquilibrée', budget(3400, 200, 400)); // 85 / 5 / 10 %
    expect(a?.message).toMatch(/: Long terme 85 % \(conseillé 60 %\) — piège du « tout-organique »\.$/);
  });
  it('names no trap at exactly 60 % on Résultats rapides (Débutante: +20 points)', () => {
    const [a] = only('Répartition déséquilibrée', budget(1000, 2400, 600), { maturite: 'Débutante' }); // 25 / 60 / 15 %
    expect(a?.message).toBe('Budget prévu éloigné de la répartition conseillée pour une maturité « Débutante » (40 / 40 / 20 %) : Résultats rapides 60 % (conseillé 40 %).');
    expect(a?.conseil).toContain('Répartir le budget selon la maturité');
  });
  it('is not judged without a maturity or without planned budget', () => {
    expect(only('Répartition déséquilibrée', budget(4000, 0, 0), { maturite: null })).toEqual([]);
    expect(only('Répartition déséquilibrée', budget(0, 0, 0))).toEqual([]);
  });
});
