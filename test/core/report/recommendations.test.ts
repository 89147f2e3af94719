// Report recommendations: budget reallocation between channels and quick wins from the backlog.
import { beforeEach, describe, expect, it } from 'vitest';
import { indexMeasures } from '../../../src/core/indicators/values';
import { quickWins, channelReallocation } from '../../../src/core/report/recommendations';
import { idee, mesure, resetRows } from '../fixtures';

beforeEach(resetRows);

const week = (semaine: string, nom: string, depenses: number, clients: number) => mesure(semaine, nom, { Dépenses: depenses, 'Nouveaux clients': clients });

describe('channelReallocation (v2: CAC over the report month and the two before, 5 clients at least)', () => {
  it('fires at a CAC ratio of exactly 2 and moves 30 % of the expensive channel’s spend of the report month', () => {
    // Sept–Nov: Salon (600 + 400) / (3 + 2) = 200; Site 500 / 5 = 100 → ratio 2; 30 % × Salon's November 400 = 120 €
    const rows = [week('2026-09-14', 'Salon', 600, 3), week('2026-11-09', 'Salon', 400, 2), week('2026-10-12', 'Site', 500, 5)];
    const r = channelReallocation(indexMeasures(rows), '2026-11');
    expect(r).toMatchObject({ depuis: 'Salon', vers: 'Site', cacDepuis: 200, cacVers: 100, ratio: 2, depensesDepuis: 400, montant: 120 });
    expect(r?.message).toBe('Déplacer 120 € par mois (30 % des dépenses du mois) de « Salon » (CAC 200 € sur 3 mois) vers « Site » (CAC 100 €) : le client y coûte 2 fois moins cher.');
  });

  it('does not fire at 1.99', () => {
    // Salon (595 + 400) / 5 = 199 vs Site 100
    const rows = [week('2026-09-14', 'Salon', 595, 3), week('2026-11-09', 'Salon', 400, 2), week('2026-10-12', 'Site', 500, 5)];
    expect(channelReallocation(indexMeasures(rows), '2026-11')).toBeNull();
  });

  it('leaves out a channel with 4 new clients over the three months, and counts it at exactly 5', () => {
    // 4 clients: Salon (CAC 1 200 / 4 = 300) is too small a sample → Site alone → nothing to compare.
    const four = [week('2026-10-05', 'Salon', 800, 3), week('2026-11-02', 'Salon', 400, 1), week('2026-11-09', 'Site', 500, 5)];
    expect(channelReallocation(indexMeasures(four), '2026-11')).toBeNull();
    // 5 clients: Salon (800 + 400 + 300) / 5 = 300 vs Site 100 → ratio 3; 30 % × November's 400 + 300 = 210 €
    const five = [...four, week('2026-11-16', 'Salon', 300, 1)];
    expect(channelReallocation(indexMeasures(five), '2026-11')).toMatchObject({ depuis: 'Salon', cacDepuis: 300, ratio: 3, depensesDepuis: 700, montant: 210 });
  });

  it('ignores channels without spend, and weeks outside the three months', () => {
    // Bouche-à-oreille: 0 € for 9 clients (no CAC). Pub: August and December are outside Sept–Nov:
    // (300 + 300) / (3 + 2) = 120 vs Site 50 → ratio 2.4; 30 % × November's 300 = 90 €
    const rows = [week('2026-11-02', 'Bouche-à-oreille', 0, 9), week('2026-08-31', 'Pub', 5000, 1), week('2026-09-07', 'Pub', 300, 3),
      week('2026-11-30', 'pub', 300, 2), week('2026-12-07', 'Pub', 5000, 1), week('2026-10-05', 'Site', 250, 5)];
    expect(channelReallocation(indexMeasures(rows), '2026-11')).toMatchObject({ depuis: 'Pub', vers: 'Site', cacDepuis: 120, cacVers: 50, montant: 90 });
  });

  it('recommends nothing when the expensive channel spent nothing in the report month', () => {
    const rows = [week('2026-09-14', 'Salon', 1000, 5), week('2026-11-09', 'Site', 500, 5)];
    expect(channelReallocation(indexMeasures(rows), '2026-11')).toBeNull();
  });
});

describe('quickWins', () => {
  it('keeps Démarrer ideas with no decision, best score first, at most 3, ties in sheet order', () => {
    const backlog = [
      idee({ id: 'B-001', quadrant: 'Démarrer', score: 80, decision: 'Démarrer' }),
      idee({ id: 'B-002', quadrant: 'Démarrer', score: 60 }),
      idee({ id: 'B-003', quadrant: 'Préparer', score: 90 }),
      // quadrant and score recomputed: impact 4 × faisabilité 4 → Démarrer; (5,1,5) → 100
      idee({ id: 'B-004', impact: 4, faisabilite: 4, valeur: 5, complexite: 1, urgence: 5 }),
      idee({ id: 'B-005', quadrant: 'Démarrer', score: 60 }),
      idee({ id: 'B-006', quadrant: 'Démarrer', score: 70 }),
    ];
    expect(quickWins(backlog).map((i) => i.id)).toEqual(['B-004', 'B-006', 'B-002']);
    expect(quickWins(backlog, 10).map((i) => i.id)).toEqual(['B-004', 'B-006', 'B-002', 'B-005']);
  });
});
