// Budget follow-up: real spend per poste, totals per horizon, human and experiment shares, overruns.
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetByHorizon, indexPlanByPoste, experimentationShare, humanShare, overBudgetPostes, posteActual } from '../../../src/core/budget/tracking';
import { action, classeur, poste, resetRows } from '../fixtures';

beforeEach(resetRows);

function example() {
  const budget = [
    poste({ poste: 'Site web', horizon: 'Long terme', montantPrevu: 2000, reel: null }),
    poste({ poste: 'Formation', horizon: 'Résultats rapides', nature: 'Humain', montantPrevu: 1000, reel: 1200 }),
    poste({ poste: 'Publicité', horizon: 'Optimisation & imprévus', experimentation: true, montantPrevu: 1000, reel: 1650 }),
  ];
  const plan = [
    action({ mois: '2026-10', poste: 'site WEB', budgetPrevu: 400, budgetReel: 300 }),
    action({ mois: '2026-11', poste: 'Site web', budgetPrevu: 600, budgetReel: 500 }),
    action({ mois: '2026-11', poste: 'formation', budgetPrevu: 100, budgetReel: 50 }),
    action({ mois: '2026-11', poste: 'Inconnu', budgetPrevu: 70 }),
    action({ mois: '2026-12', poste: 'Publicité', budgetPrevu: 900 }),
  ];
  return classeur({ budget, plan });
}

describe('reelPoste', () => {
  it('sums Budget réel of Plan when Réel is empty, else Réel wins', () => {
    const c = example();
    const parPoste = indexPlanByPoste(c.plan);
    expect(posteActual(c.budget[0]!, parPoste)).toBe(800); // 300 + 500
    expect(posteActual(c.budget[1]!, parPoste)).toBe(1200); // typed, not 50
  });
});

describe('budgetParHorizon', () => {
  it('gives month and cumulated figures per horizon via the poste', () => {
    const c = example();
    const lines = budgetByHorizon(c, '2026-11', indexPlanByPoste(c.plan));
    expect(lines).toEqual([
      // total planned 4 000: 2 000 → 50 %, 1 000 → 25 %
      { horizon: 'Long terme', montantPrevu: 2000, reel: 800, part: 0.5, prevuMois: 600, reelMois: 500, prevuCumul: 1000, reelCumul: 800 },
      { horizon: 'Résultats rapides', montantPrevu: 1000, reel: 1200, part: 0.25, prevuMois: 100, reelMois: 50, prevuCumul: 100, reelCumul: 50 },
      // December's 900 is not in November's cumul
      { horizon: 'Optimisation & imprévus', montantPrevu: 1000, reel: 1650, part: 0.25, prevuMois: 0, reelMois: 0, prevuCumul: 0, reelCumul: 0 },
      // the row on an unknown poste
      { horizon: null, montantPrevu: 0, reel: 0, part: 0, prevuMois: 70, reelMois: 0, prevuCumul: 70, reelCumul: 0 },
    ]);
  });
});

describe('shares', () => {
  it('human share is Humain / total planned, experimentation share Oui / total', () => {
    const c = example();
    expect(humanShare(c.budget)).toBe(0.25); // 1 000 / 4 000
    expect(experimentationShare(c.budget)).toBe(0.25);
    expect(humanShare([])).toBeNull();
  });
});

describe('postesEnDepassement', () => {
  const at = (reel: number, seuil = 0.5) =>
    overBudgetPostes([poste({ montantPrevu: 1000, reel })], new Map(), seuil).map((d) => d.niveau);
  it('fires strictly above 110 % (orange) and above 1 + seuil (rouge)', () => {
    expect(at(1100)).toEqual([]);
    expect(at(1100.01)).toEqual(['orange']);
    expect(at(1500)).toEqual(['orange']);
    expect(at(1500.01)).toEqual(['rouge']);
    expect(at(1300.01, 0.3)).toEqual(['rouge']);
  });
  it('flags spending on an unplanned poste as rouge', () => {
    const [d] = overBudgetPostes([poste({ montantPrevu: null, reel: 10 })], new Map(), 0.5);
    expect(d).toMatchObject({ niveau: 'rouge', ecart: null });
  });
  it('reads the example: Formation orange (+20 %), Publicité rouge (+65 %)', () => {
    const c = example();
    const out = overBudgetPostes(c.budget, indexPlanByPoste(c.plan), 0.5);
    expect(out.map((d) => [d.poste.poste, d.niveau])).toEqual([['Formation', 'orange'], ['Publicité', 'rouge']]);
    expect(out[1]!.ecart).toBeCloseTo(0.65, 12);
  });
});
