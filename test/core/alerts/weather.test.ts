// Project weather: from alerts, from the month’s actions, lateness and completion.
import { describe, expect, it } from 'vitest';
import type { Statut } from '../../../src/contract';
import { completion, isLate, weatherOfActions, weatherFromAlerts, isLateRed } from '../../../src/core/alerts/weather';
import { d } from '../fixtures';

const R = d('2026-11-20');
const a = (statut: Statut, echeance: string | null = null) => ({ statut, echeance: echeance ? d(echeance) : null });
const many = (n: number, statut: Statut, echeance: string | null = null) => Array.from({ length: n }, () => a(statut, echeance));

describe('meteoFromAlerts', () => {
  it('applies the thresholds of SPEC §6', () => {
    expect(weatherFromAlerts(0, 0.8)).toBe('☀️ Ensoleillé');
    expect(weatherFromAlerts(0, 0.79)).toBe('🌤️ Variable');
    expect(weatherFromAlerts(0, null)).toBe('🌤️ Variable');
    expect(weatherFromAlerts(1, 1)).toBe('🌧️ Pluvieux');
    expect(weatherFromAlerts(2, 1)).toBe('⛈️ Orageux');
    expect(weatherFromAlerts(5, 0)).toBe('⛈️ Orageux');
  });
});

describe('isLate and completion', () => {
  it('an action due on R itself is not late, the day before is', () => {
    expect(isLate(a('À faire', '2026-11-20'), R)).toBe(false);
    expect(isLate(a('En cours', '2026-11-19'), R)).toBe(true);
    expect(isLate(a('Fait', '2026-11-01'), R)).toBe(false);
    expect(isLate(a('Abandonné', '2026-11-01'), R)).toBe(false);
  });
  it('excludes Abandonné from the completion denominator', () => {
    expect(completion(['Fait', 'Fait', 'Fait', 'Fait', 'Abandonné', 'À faire'])).toBe(0.8); // 4 / 5
    expect(completion(['Abandonné'])).toBeNull();
  });
  it('Retard is rouge at 3 late or at 20 % of the actions', () => {
    expect(isLateRed(3, 100)).toBe(true);
    expect(isLateRed(2, 10)).toBe(true); // 20 %
    expect(isLateRed(1, 5)).toBe(true); // 20 %
    expect(isLateRed(2, 11)).toBe(false); // 18.2 %, under 3
    expect(isLateRed(2, 20)).toBe(false); // 10 %
    expect(isLateRed(0, 0)).toBe(false);
  });
  it('(v2) Retard is rouge when the oldest delay is more than 60 days', () => {
    expect(isLateRed(1, 100, 61)).toBe(true);
    expect(isLateRed(1, 100, 60)).toBe(false);
    expect(isLateRed(0, 100, 90)).toBe(false);
  });
});

describe('meteoDesActions', () => {
  it('is sunny with 80 % done and nothing rouge', () => {
    expect(weatherOfActions([...many(8, 'Fait'), ...many(2, 'À faire')], R)).toBe('☀️ Ensoleillé');
  });
  it('is variable under 80 %', () => {
    expect(weatherOfActions([...many(7, 'Fait'), ...many(3, 'À faire')], R)).toBe('🌤️ Variable');
  });
  it('is rainy with 3 late actions among 20 (15 %, rouge by count)', () => {
    expect(weatherOfActions([...many(3, 'À faire', '2026-11-10'), ...many(17, 'Fait')], R)).toBe('🌧️ Pluvieux');
  });
  it('stays sunny with 2 late actions among 20 (10 %) and 18 done (90 %)', () => {
    expect(weatherOfActions([...many(2, 'À faire', '2026-11-10'), ...many(18, 'Fait')], R)).toBe('☀️ Ensoleillé');
  });
  it('is rainy with 2 late among 10 (exactly 20 %)', () => {
    expect(weatherOfActions([...many(2, 'À faire', '2026-11-10'), ...many(8, 'Fait')], R)).toBe('🌧️ Pluvieux');
  });
  it('does not count actions due on R', () => {
    expect(weatherOfActions([...many(3, 'À faire', '2026-11-20'), ...many(7, 'Fait')], R)).toBe('🌤️ Variable');
  });
  it('is rainy with 2 blocked, stormy with 2 blocked and 3 late', () => {
    expect(weatherOfActions([...many(2, 'Bloqué'), ...many(18, 'Fait')], R)).toBe('🌧️ Pluvieux');
    expect(weatherOfActions([...many(1, 'Bloqué'), ...many(19, 'Fait')], R)).toBe('☀️ Ensoleillé');
    expect(weatherOfActions([...many(2, 'Bloqué'), ...many(3, 'En cours', '2026-11-01'), ...many(15, 'Fait')], R)).toBe('⛈️ Orageux');
  });
  it('(v2) is rainy with one action 61 days late among 20, sunny at 60 days', () => {
    // R = 20/11/2026: 20/09 is 61 days before, 21/09 is 60
    expect(weatherOfActions([a('À faire', '2026-09-20'), ...many(19, 'Fait')], R)).toBe('🌧️ Pluvieux');
    expect(weatherOfActions([a('À faire', '2026-09-21'), ...many(19, 'Fait')], R)).toBe('☀️ Ensoleillé');
  });
  it('is variable for no action', () => {
    expect(weatherOfActions([], R)).toBe('🌤️ Variable');
  });
});
