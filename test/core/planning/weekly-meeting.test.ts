// Préparer le point hebdo: the agenda's content and the Journal row it leaves.
import { describe, expect, it } from 'vitest';
import { blockedText, buildAgenda } from '../../../src/core/planning/weekly-meeting';
import { alreadyInJournal, journalCells, validateInput } from '../../../src/core/planning/journal-entry';
import { action, classeur, d, gouvernance, grid, headers } from './fixtures';

const plan = grid('plan', [
  action({ ID: 'A-001', Mois: '2026-11', Action: 'Faite cette semaine', Statut: 'Fait', 'Fait le': d(2026, 11, 19) }),
  action({ ID: 'A-002', Mois: '2026-11', Action: 'Faite avant', Statut: 'Fait', 'Fait le': d(2026, 11, 10) }),
  action({ ID: 'A-003', Mois: '2026-11', Action: 'En cours', Statut: 'En cours', Responsable: 'Léa', 'Échéance': d(2026, 11, 27) }),
  action({ ID: 'A-004', Mois: '2026-11', Action: 'Bloquée', Statut: 'Bloqué', Responsable: 'Marc', 'Échéance': d(2026, 11, 20) }),
  action({ ID: 'A-005', Mois: '2026-11', Action: 'En retard', Responsable: 'Marc', 'Échéance': d(2026, 11, 16) }),
  action({ ID: 'A-006', Mois: '2026-11', Action: 'Semaine prochaine', Responsable: 'Léa', 'Échéance': d(2026, 11, 30) }),
  action({ ID: 'A-007', Mois: '2026-11', Action: 'Abandonnée', Statut: 'Abandonné', 'Échéance': d(2026, 11, 24) }),
]);
const rituels = gouvernance([['Point hebdo', 'hebdomadaire', 30, 'Léa, Marc', d(2026, 11, 23)]]);
const c = classeur({ Plan: plan, Gouvernance: rituels });
const today = d(2026, 11, 23); // Monday

describe('ordre du jour', () => {
  const agenda = buildAgenda(c, today);
  const ids = (list: Array<{ id: string }>) => list.map((a) => a.id);

  it('lists done (past 7 days), in progress, blocked and due this week', () => {
    expect(agenda.date).toEqual(today);
    expect(agenda.duree).toBe(30);
    expect(ids(agenda.faites)).toEqual(['A-001']);
    expect(ids(agenda.enCours)).toEqual(['A-003']);
    expect(ids(agenda.bloquees)).toEqual(['A-004']);
    expect(ids(agenda.cetteSemaine)).toEqual(['A-003']); // 27/11 within 23–29/11; 30/11 is next week; A-007 dropped
    expect(agenda.participants).toEqual(['Léa', 'Marc']);
  });

  it('puts blocked and late actions in the problems to solve, with the reason', () => {
    expect(agenda.problemes.map((p) => [p.id, p.motif])).toEqual([
      ['A-004', 'bloquée, en retard depuis le 20/11/2026'],
      ['A-005', 'en retard depuis le 16/11/2026'],
    ]);
    expect(blockedText(agenda)).toBe('A-004 Bloquée (bloquée, en retard depuis le 20/11/2026)\nA-005 En retard (en retard depuis le 16/11/2026)');
  });

  it('takes the weather of the month: 2 late of 7 actions ≥ 20 % → Retard rouge → 🌧️', () => {
    expect(agenda.meteo).toBe('🌧️ Pluvieux');
  });

  it('uses today when the ritual date is past', () => {
    expect(buildAgenda(c, d(2026, 11, 25)).date).toEqual(d(2026, 11, 25));
  });
});

describe('ligne de Journal', () => {
  const payload = { date: '2026-11-23', meteo: '🌧️ Pluvieux', decisions: ' =HYPERLINK("x") ', blocages: 'A-004', participants: 'Léa, Marc' };

  it('is built from a valid payload, columns in the tab’s order', () => {
    const r = validateInput(payload);
    if (!r.ok) throw new Error(r.message);
    const cols = Object.fromEntries(headers('journal').map((h, i) => [h, i]));
    expect(journalCells(r.entree, cols, 6)).toEqual([d(2026, 11, 23), 'Point hebdo', '🌧️ Pluvieux', '=HYPERLINK("x")', 'A-004', 'Léa, Marc']);
  });

  it('rejects a bad payload with a French message naming the field', () => {
    expect(validateInput(null)).toEqual({ ok: false, message: 'Point hebdo non enregistré : saisie illisible.' });
    expect(validateInput({ ...payload, meteo: 'Beau' })).toMatchObject({ ok: false, message: expect.stringContaining('météo (attendu : ☀️ Ensoleillé') });
    expect(validateInput({ ...payload, date: '2026-02-30' })).toMatchObject({ ok: false, message: expect.stringContaining('date') });
    expect(validateInput({ ...payload, decisions: 'x'.repeat(2001) })).toMatchObject({ ok: false });
  });

  it('finds the meeting already logged that day', () => {
    const j = classeur({ Journal: grid('journal', [{ Date: d(2026, 11, 23), Rituel: 'point hebdo' }]) }).journal;
    expect(alreadyInJournal(j, d(2026, 11, 23))?.row).toBe(2);
    expect(alreadyInJournal(j, d(2026, 11, 30))).toBeNull();
  });
});
