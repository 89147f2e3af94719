// The opening greeting (SPEC §3 v2): weather of the current month as the report computes it today,
// late and blocked actions of any month, in French with the right plurals.
import { describe, expect, it } from 'vitest';
import { buildGreeting, lateAndBlocked } from '../../../src/core/panel/greeting';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { action, calmWorkbook, d, resetRows } from '../fixtures';

const TODAY = new Date(2026, 10, 20, 9, 30); // Friday 20 November 2026
const INVITE = 'Extensions › Boussole › Ouvrir le panneau de pilotage.';

describe('lateAndBlocked', () => {
  it('says each count with its plural, and « aucune » for zero', () => {
    expect(lateAndBlocked(3, 2)).toBe('3 actions en retard, 2 bloquées');
    expect(lateAndBlocked(1, 1)).toBe('1 action en retard, 1 bloquée');
    expect(lateAndBlocked(0, 2)).toBe('aucune action en retard, 2 bloquées');
    expect(lateAndBlocked(2, 0)).toBe('2 actions en retard, aucune bloquée');
    expect(lateAndBlocked(0, 0)).toBe('aucune action en retard ni bloquée');
  });
});

describe('buildGreeting', () => {
  it('is ☀️ when no rouge alert and 4 of 5 actions of the month are done (80 %, the boundary)', () => {
    resetRows();
    const plan = [1, 2, 3, 4].map(() => action({ statut: 'Fait' })).concat(action({ statut: 'En cours', echeance: d('2026-11-30') }));
    expect(buildGreeting(calmWorkbook({ plan }), TODAY)).toBe(`☀️ Ensoleillé — aucune action en retard ni bloquée. ${INVITE}`);
  });

  it('is 🌤️ just under the boundary (3 of 4 done = 75 %)', () => {
    resetRows();
    const plan = [1, 2, 3].map(() => action({ statut: 'Fait' })).concat(action({ statut: 'À faire', echeance: d('2026-11-30') }));
    expect(buildGreeting(calmWorkbook({ plan }), TODAY)).toBe(`🌤️ Variable — aucune action en retard ni bloquée. ${INVITE}`);
  });

  it('counts late actions of any month (due before today, not done) but not one due today', () => {
    resetRows();
    const plan = [
      action({ mois: '2026-09', statut: 'En cours', echeance: d('2026-09-30') }), // late, an older month
      action({ statut: 'À faire', echeance: d('2026-11-19') }), // late by one day
      action({ statut: 'À faire', echeance: d('2026-11-20') }), // due today: not late
      action({ statut: 'Fait', echeance: d('2026-11-02') }), // done: not late
      action({ statut: 'Abandonné', echeance: d('2026-11-02') }), // dropped: not late
    ];
    const text = buildGreeting(calmWorkbook({ plan }), TODAY);
    expect(text).toMatch(/ — 2 actions en retard, aucune bloquée\. /);
  });

  it('is ⛈️ with 3 late and 2 blocked actions (two rouge alerts), the example of the SPEC', () => {
    resetRows();
    const plan = [
      ...[1, 2, 3].map(() => action({ statut: 'À faire', echeance: d('2026-11-10') })),
      action({ statut: 'Bloqué' }), action({ mois: '2026-10', statut: 'Bloqué' }),
    ];
    expect(buildGreeting(calmWorkbook({ plan }), TODAY)).toBe(`⛈️ Orageux — 3 actions en retard, 2 bloquées. ${INVITE}`);
  });

  it('gives the weather the monthly report of the current month gives today', () => {
    resetRows();
    const plan = [action({ statut: 'Bloqué' }), action({ statut: 'Bloqué' }), action({ statut: 'Fait' })];
    const workbook = calmWorkbook({ plan });
    const report = buildMonthlyReport(workbook, '2026-11', TODAY);
    expect(report.meteo).toBe('🌧️ Pluvieux');
    expect(buildGreeting(workbook, TODAY)).toBe(`🌧️ Pluvieux — aucune action en retard, 2 bloquées. ${INVITE}`);
  });
});
