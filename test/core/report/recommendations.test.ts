// Report recommendations: budget reallocation between channels and quick wins from the backlog.
import { beforeEach, describe, expect, it } from 'vitest';
import { indexMeasures } from '../../../src/core/indicators/values';
import { quickWins, channelReallocation } from '../../../src/core/report/recommendations';
import { idee, mesure, resetRows } from '../fixtures';

beforeEach(resetRows);

const canal = (nom: string, depenses: number, clients: number) => mesure('2026-11-09', nom, { Dépenses: depenses, 'Nouveaux clients': clients });

describe('reallocationCanaux', () => {
  it('fires at a CAC ratio of exactly 2 and moves 30 % of the expensive spend', () => {
    // Salon 400 / 2 = 200, Site 100 / 1 = 100 → ratio 2; 30 % × 400 = 120 €
    const r = channelReallocation(indexMeasures([canal('Salon', 400, 2), canal('Site', 100, 1)]), '2026-11');
    expect(r).toMatchObject({ depuis: 'Salon', vers: 'Site', cacDepuis: 200, cacVers: 100, ratio: 2, montant: 120 });
    expect(r?.message).toBe('Déplacer 120 € par mois (30 % des dépenses) de « Salon » (CAC 200 €) vers « Site » (CAC 100 €) : le client y coûte 2 fois moins cher.');
  });
  it('does not fire at 1.99', () => {
    // 199 / 1 vs 100 / 1
    expect(channelReallocation(indexMeasures([canal('Salon', 199, 1), canal('Site', 100, 1)]), '2026-11')).toBeNull();
  });
  it('ignores channels without spend or without new clients', () => {
    const rows = [canal('Salon', 900, 0), canal('Bouche-à-oreille', 0, 5), canal('Site', 100, 1)];
    expect(channelReallocation(indexMeasures(rows), '2026-11')).toBeNull();
  });
  it('sums the weeks of the month per channel', () => {
    // Pub: (300 + 300) / (1 + 1) = 300; Site 100 → ratio 3, 30 % × 600 = 180
    const rows = [canal('Pub', 300, 1), mesure('2026-11-30', 'pub', { Dépenses: 300, 'Nouveaux clients': 1 }), canal('Site', 100, 1),
      mesure('2026-12-07', 'Pub', { Dépenses: 5000, 'Nouveaux clients': 1 })];
    expect(channelReallocation(indexMeasures(rows), '2026-11')?.montant).toBe(180);
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
