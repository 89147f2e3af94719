// « Poursuivre, recadrer ou arrêter ? » (SPEC §6 section 8 v2): each trigger, its near-misses, and
// the figures of the block (budget left, delay on the Date butoir, stormy months).
import { describe, expect, it } from 'vitest';
import type { Meteo } from '../../../src/contract';
import type { Alert } from '../../../src/core/alerts/types';
import { continueOrStop, DRIFT_SIGNAL, type ContinueOrStopInput } from '../../../src/core/report/decision';
import type { HistoryRow } from '../../../src/core/types';
import { cadrage, d } from '../fixtures';

const row = (mois: string, meteo: Meteo): HistoryRow => ({
  row: 2, mois, genereLe: null, meteo, signauxRouges: null, signauxOrange: null, tauxRealisation: null, actionsDuMois: null,
  enRetard: null, bloquees: null, budgetPrevuCumule: null, reelCumule: null, budgetAnnuel: null,
});
const line = (signal: string, niveau: 'rouge' | 'orange'): Alert =>
  ({ signal, niveau, message: 'x', cellules: [], conseil: '' }) as unknown as Alert;

/** March 2027 judged on R = 01/04/2027; Budget annuel 10 000 €, 7 500 € spent; Date butoir 15/03/2027. */
function input(over: Partial<ContinueOrStopInput> = {}): ContinueOrStopInput {
  return {
    month: '2027-03', reference: d('2027-04-01'), meteo: '🌧️ Pluvieux', alertes: [], history: [],
    cadrage: cadrage({ budgetAnnuel: 10000, dateButoir: d('2027-03-15') }), reelADate: 7500, ...over,
  };
}

describe('continueOrStop triggers', () => {
  it('opens on a rouge Dérive du projet line, whatever the weather', () => {
    const p = continueOrStop(input({ alertes: [line('Blocage', 'orange'), line(DRIFT_SIGNAL, 'rouge')] }));
    expect(p?.raisons).toEqual(['dérive du projet (signal rouge)']);
    expect(p?.moisOrageux).toBe(0); // March is 🌧️
  });

  it('stays closed on an orange Dérive du projet (near-miss)', () => {
    expect(continueOrStop(input({ alertes: [line(DRIFT_SIGNAL, 'orange')] }))).toBeNull();
  });

  it('opens when this month and the calendar month before are ⛈️ in Historique', () => {
    const p = continueOrStop(input({ meteo: '⛈️ Orageux', history: [row('2027-02', '⛈️ Orageux'), row('2027-01', '⛈️ Orageux')] }));
    expect(p?.raisons).toEqual(['orageux ce mois-ci et le mois précédent']);
    expect(p?.moisOrageux).toBe(3); // March, February, January
  });

  it('stays closed on near-misses of the storms: one month only, a 🌧️ month before, a missing month before', () => {
    expect(continueOrStop(input({ meteo: '⛈️ Orageux', history: [row('2027-02', '🌧️ Pluvieux')] }))).toBeNull();
    expect(continueOrStop(input({ meteo: '🌧️ Pluvieux', history: [row('2027-02', '⛈️ Orageux')] }))).toBeNull();
    // January ⛈️ but February never reported: not « the calendar month before ».
    expect(continueOrStop(input({ meteo: '⛈️ Orageux', history: [row('2027-01', '⛈️ Orageux')] }))).toBeNull();
    // This month's own row (an earlier generation) does not count as the month before.
    expect(continueOrStop(input({ meteo: '⛈️ Orageux', history: [row('2027-03', '⛈️ Orageux')] }))).toBeNull();
  });

  it('names both reasons when both hold', () => {
    const p = continueOrStop(input({ meteo: '⛈️ Orageux', alertes: [line(DRIFT_SIGNAL, 'rouge')], history: [row('2027-02', '⛈️ Orageux')] }));
    expect(p?.raisons).toEqual(['dérive du projet (signal rouge)', 'orageux ce mois-ci et le mois précédent']);
    expect(p?.moisOrageux).toBe(2);
  });
});

describe('continueOrStop figures', () => {
  it('gives the budget left, the delay on the Date butoir at R, the three questions and the advice', () => {
    const p = continueOrStop(input({ alertes: [line(DRIFT_SIGNAL, 'rouge')] }));
    // 10 000 − 7 500 = 2 500 €; R 01/04/2027 − 15/03/2027 = 17 days.
    expect(p).toMatchObject({ budgetAnnuel: 10000, reelADate: 7500, budgetRestant: 2500, ecartButoirJours: 17 });
    expect(p?.questions).toEqual([
      'Coût : les 2 500 € qu’il reste à dépenser valent-ils le bénéfice encore attendu ?',
      'Alternatives : un outil standard, un périmètre réduit ?',
      'Annonce : qui le dit à l’équipe, et comment ?',
    ]);
    expect(p?.conseil).toBe('Pour recadrer : menu Lancer un plan de relance 8 semaines.');
  });

  it('says when the budget is already exceeded, the butoir not yet reached, or the Cadrage is empty', () => {
    const over = continueOrStop(input({ alertes: [line(DRIFT_SIGNAL, 'rouge')], reelADate: 12000, cadrage: cadrage({ budgetAnnuel: 10000, dateButoir: d('2027-04-30') }) }));
    expect(over?.budgetRestant).toBe(-2000);
    expect(over?.ecartButoirJours).toBe(-29); // 29 days before the butoir
    expect(over?.questions[0]).toBe('Coût : budget dépassé de 2 000 €, ce qu’il reste à faire vaut-il le bénéfice encore attendu ?');
    const empty = continueOrStop(input({ alertes: [line(DRIFT_SIGNAL, 'rouge')], cadrage: cadrage({ budgetAnnuel: null, dateButoir: null }) }));
    expect(empty).toMatchObject({ budgetRestant: null, ecartButoirJours: null });
    expect(empty?.questions[0]).toBe('Coût : ce qu’il reste à dépenser vaut-il le bénéfice encore attendu ?');
  });
});
