// Issue 5 safety: a missing or unreadable Cadrage answer (budget, maturity, roadmap start) gives a
// French message naming the cell to fill, asks nothing, and leaves the whole classeur as it was.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { seedBudget, seedCadrage, seedPlan, initialisedWorkbook } from './scenarios';

/** Runs `fn` and returns the only alert it showed; the whole book (every tab, named ranges) must not move. */
function refused(emu: Emulator, fn: string): string | undefined {
  const before = emu.book.snapshot();
  const alerts = emu.ui.alerts.length;
  emu.run(fn); // an unanswered YES/NO confirmation would throw in the emulator: none is asked
  expect(emu.book.snapshot()).toEqual(before);
  expect(emu.ui.alerts.length).toBe(alerts + 1);
  expect(emu.ui.dialogs).toEqual([]);
  return emu.ui.alerts.at(-1)?.prompt;
}

describe('Répartir le budget without its Cadrage answers', () => {
  it('no Budget annuel (B10): names the cell, writes nothing, even with postes to fill', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Mature', '');
    seedBudget(emu);
    expect(refused(emu, 'boussoleRepartirBudget')).toBe('Cadrage!B10 : « Budget annuel (€) » est vide — attendu : un montant en euros');
  });

  it('an unreadable Budget annuel: the reader’s message for B10', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Mature', 'beaucoup');
    expect(refused(emu, 'boussoleRepartirBudget')).toMatch(/^Cadrage!B10 : .*« beaucoup »/);
  });

  it('no Maturité digitale (B9): names the cell and the three allowed values', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, '', 5000);
    expect(refused(emu, 'boussoleRepartirBudget')).toBe('Cadrage!B9 : « Maturité digitale » est vide — attendu : Débutante, Intermédiaire ou Mature');
  });

  it('an unknown maturity: the message names B9 and the typed value', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Experte', 5000);
    expect(refused(emu, 'boussoleRepartirBudget')).toMatch(/^Cadrage!B9 : .*« Experte »/);
  });
});

describe('Ajouter la feuille de route 12 mois type without its start date', () => {
  it('no Début de la feuille de route (B11), with a Plan already filled: names the cell, writes nothing', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Débutante', 1000, '');
    seedPlan(emu);
    expect(refused(emu, 'boussoleFeuilleDeRouteType'))
      .toBe('Cadrage!B11 : « Début de la feuille de route » est vide — attendu : une date (ex. 01/11/2026), le premier jour du mois 1');
  });

  it('a start date that is not a date: the reader’s message for B11', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Débutante', 1000, 'bientôt');
    expect(refused(emu, 'boussoleFeuilleDeRouteType')).toMatch(/^Cadrage!B11 : .*« bientôt »/);
  });
});
