// The report's use of Historique (SPEC §2, §6 v2): the title's trend, the run of stormy months and
// the entry a report writes, with every alert line counted.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Meteo } from '../../../src/contract';
import { buildMonthContext } from '../../../src/core/alerts/context';
import type { Alert } from '../../../src/core/alerts/types';
import { buildHistoryEntry, buildTrend, consecutiveStorms, plannedToMonth } from '../../../src/core/report/history';
import type { HistoryRow } from '../../../src/core/types';
import { action, cadrage, classeur, d, resetRows } from '../fixtures';

beforeEach(resetRows);

const row = (mois: string, meteo: Meteo | null): HistoryRow => ({
  row: 2, mois, genereLe: null, meteo, signauxRouges: null, signauxOrange: null, tauxRealisation: null, actionsDuMois: null,
  enRetard: null, bloquees: null, budgetPrevuCumule: null, reelCumule: null, budgetAnnuel: null,
});
const alert = (niveau: 'rouge' | 'orange'): Alert => ({ signal: 'Retard', niveau, message: 'x', cellules: [], conseil: '' });

describe('buildTrend', () => {
  it('shows the two calendar months before from Historique, — for a month with no report, then this month', () => {
    // March 2027: January reported 🌤️, February never reported, March ⛈️ (its own row is not read).
    const history = [row('2027-03', '☀️ Ensoleillé'), row('2027-01', '🌤️ Variable')];
    expect(buildTrend(history, '2027-03', '⛈️ Orageux').texte).toBe('Tendance : 🌤️ janv. → — févr. → ⛈️ mars');
  });

  it('crosses the year and abbreviates the months the French way', () => {
    const history = [row('2026-11', '🌧️ Pluvieux'), row('2026-12', '⛈️ Orageux')];
    expect(buildTrend(history, '2027-01', '☀️ Ensoleillé').texte).toBe('Tendance : 🌧️ nov. → ⛈️ déc. → ☀️ janv.');
    expect(buildTrend([], '2026-09', '🌤️ Variable').texte).toBe('Tendance : — juil. → — août → 🌤️ sept.');
  });
});

describe('consecutiveStorms', () => {
  it('counts this month and the ⛈️ months right before it, stopping at the first other month or gap', () => {
    const history = [row('2027-02', '⛈️ Orageux'), row('2027-01', '⛈️ Orageux'), row('2026-11', '⛈️ Orageux')];
    expect(consecutiveStorms(history, '2027-03', '⛈️ Orageux')).toBe(3); // March, February, January; December missing
    expect(consecutiveStorms([row('2027-02', '🌧️ Pluvieux'), row('2027-01', '⛈️ Orageux')], '2027-03', '⛈️ Orageux')).toBe(1);
    expect(consecutiveStorms(history, '2027-03', '🌧️ Pluvieux')).toBe(0); // this month is not ⛈️
  });
});

describe('buildHistoryEntry', () => {
  it('counts every alert line of each level, late and blocked of any month, the budget planned since Début', () => {
    const plan = [
      action({ mois: '2026-08', budgetPrevu: 900 }), // before Début (September): not in the cumulated budget
      action({ mois: '2026-09', budgetPrevu: 100, statut: 'Bloqué', echeance: d('2026-09-10') }),
      action({ mois: '2026-10', budgetPrevu: 200, statut: 'Fait' }),
      action({ mois: '2026-10', budgetPrevu: 50, echeance: d('2026-10-30') }),
      action({ mois: '2026-11', budgetPrevu: 400, statut: 'Bloqué' }), // after the month: not blocked « yet », not cumulated
    ];
    const ctx = buildMonthContext(classeur({ plan, cadrage: cadrage({ debutFeuilleDeRoute: d('2026-09-15'), budgetAnnuel: 5000 }) }), '2026-10', d('2026-11-20'));
    // 9 lines: 3 rouge, 6 orange (the report prints 6 of them, Historique counts all 9).
    const alertes = [alert('rouge'), alert('rouge'), alert('rouge'), ...Array.from({ length: 6 }, () => alert('orange'))];
    const entry = buildHistoryEntry(ctx, '⛈️ Orageux', alertes, 0.5, 1234.5);
    expect(entry).toEqual({
      mois: '2026-10', genereLe: d('2026-11-20'), meteo: '⛈️ Orageux', signauxRouges: 3, signauxOrange: 6, tauxRealisation: 0.5,
      actionsDuMois: 2,
      // R = 01/11/2026: the September action (due 10/09, Bloqué) and the October one (due 30/10) are late.
      enRetard: 2,
      bloquees: 1,
      budgetPrevuCumule: 350, // 100 + 200 + 50
      reelCumule: 1234.5, budgetAnnuel: 5000,
    });
  });

  it('cumulates every month up to the report month when Début is empty', () => {
    const plan = [action({ mois: '2026-08', budgetPrevu: 900 }), action({ mois: '2026-10', budgetPrevu: 200 })];
    const ctx = buildMonthContext(classeur({ plan, cadrage: cadrage({ debutFeuilleDeRoute: null }) }), '2026-10', d('2026-11-20'));
    expect(plannedToMonth(ctx)).toBe(1100);
  });
});
