// SPEC §2 v2 through the bundle: « Actualiser le tableau de bord » refreshes Plan › Objectif's
// dropdown from the objectives as they are now (`Indicateur` or `Indicateur — Canal`).
import { describe, expect, it } from 'vitest';
import { bundleEmulator } from '../../support/bundle';

const NOW = new Date(2026, 10, 23, 10, 0, 0);

describe('Actualiser le tableau de bord and the Plan Objectif dropdown', () => {
  const emu = bundleEmulator(NOW);
  emu.run('boussoleInitialiser');
  const header = emu.book.values('Plan', 'A1:Z1')[0] ?? [];
  const column = String.fromCharCode(65 + header.indexOf('Objectif'));
  const list = () => emu.book.validations('Plan', `${column}2`)[0]?.[0];

  it('Plan has an Objectif column and no objective yet, so no list', () => {
    expect(header.indexOf('Objectif')).toBeGreaterThan(0);
    expect(list()?.values[0]).toBeUndefined();
  });

  it('lists an objective added since, on the first and a far data row', () => {
    emu.book.setValues('Objectifs', 'A2', [['Leads', 'Site web', 'Hausse', 10, 40, new Date(2027, 5, 30), 'Léa'], ['Panier moyen', '', 'Hausse', 50, 60, new Date(2027, 5, 30), 'Marc']]);
    expect(list()?.values[0]).toBeUndefined(); // typing alone does not refresh it
    emu.run('boussoleActualiserTableauDeBord');
    expect(list()).toEqual({ type: 'VALUE_IN_LIST', values: [['Leads — Site web', 'Panier moyen'], true], allowInvalid: true });
    expect(emu.book.validations('Plan', `${column}300`)[0]?.[0]?.values[0]).toEqual(['Leads — Site web', 'Panier moyen']);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('reads every tab before its first write: no read after a write', () => {
    emu.book.setValues('Objectifs', 'A4', [['Avis clients', 'Google', 'Hausse', 3, 4.5, new Date(2027, 5, 30), 'Léa']]);
    emu.calls.reset();
    emu.run('boussoleActualiserTableauDeBord');
    expect(list()?.values[0]).toEqual(['Leads — Site web', 'Panier moyen', 'Avis clients — Google']);
    expect(emu.calls.alternations()).toEqual([]);
    expect(emu.calls.readAfterWrite()).toBe(0);
  });
});
