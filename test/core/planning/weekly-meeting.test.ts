// Préparer le point hebdo: the point hebdo agenda's content (the Journal row: meeting-entry.test.ts).
import { describe, expect, it } from 'vitest';
import { blockedText, buildAgenda } from '../../../src/core/planning/weekly-meeting';
import { action, classeur, d, gouvernance, grid } from './fixtures';

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
