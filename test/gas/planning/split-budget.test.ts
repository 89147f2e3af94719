// Répartir le budget through the real bundle: the five starter postes of SPEC §4 v2 on an empty
// Budget (whole euros, exact sum, passing their own budget alerts), the 100 € floor, and the edits a
// collaborator types while the confirmation box is open kept (defect 7.5).
import { describe, expect, it } from 'vitest';
import { readClasseur } from '../../../src/workbook/reader';
import { buildMonthContext } from '../../../src/core/alerts/context';
import { alertExperimentation, alertHuman } from '../../../src/core/alerts/budget';
import type { Emulator } from '../../emulator/index';
import { initialisedWorkbook, seedCadrage } from './scenarios';
import { lastToast } from '../../acceptance/support';

const budgetAlerts = (emu: Emulator) => {
  const classeur = readClasseur({ Cadrage: emu.book.values('Cadrage'), Budget: emu.book.values('Budget') });
  const ctx = buildMonthContext(classeur, '2026-11', new Date(2026, 10, 23));
  return [alertHuman(ctx), alertExperimentation(ctx)].filter((a) => a !== null);
};

describe('Répartir on an empty Budget: five postes (SPEC §4 v2)', () => {
  const emu = initialisedWorkbook();
  seedCadrage(emu, 'Intermédiaire', 12345);
  emu.user.answerAlert('YES');
  const message = emu.run('boussoleRepartirBudget');

  it('writes the five postes with horizon, nature, experimentation and whole euros adding up to 12 345 €', () => {
    // ⌈3 086,25⌉ = 3 087; ⌈1 234,5⌉ = 1 235; ⌊6 172,5⌋ − 3 087 = 3 085 (+1 difference); ⌊3 703,5⌋ − 1 235 = 2 468; ⌊2 469⌋
    expect(emu.book.values('Budget', 'A2:E6')).toEqual([
      ['Formation et accompagnement', 'Long terme', 'Humain', 'Non', 3087],
      ['Tests de nouveaux canaux', 'Résultats rapides', 'Tech', 'Oui', 1235],
      ['Long terme', 'Long terme', 'Tech', 'Non', 3086],
      ['Résultats rapides', 'Résultats rapides', 'Tech', 'Non', 2468],
      ['Optimisation & imprévus', 'Optimisation & imprévus', 'Tech', 'Non', 2469],
    ]);
    expect(emu.book.values('Budget', 'A7:E7')[0]).toEqual(['', '', '', '', '']);
    expect(message).toBe('Budget : 5 postes créés (Formation et accompagnement 3 087 €, Tests de nouveaux canaux 1 235 €, Long terme 3 086 €, Résultats rapides 2 468 €, Optimisation & imprévus 2 469 €).');
    expect(lastToast(emu)).toBe(message);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('shows the five postes with their share before writing', () => {
    const prompt = emu.ui.alerts[0]?.prompt ?? '';
    expect(prompt).toContain('Budget est vide : création de 5 postes, arrondis à l’euro (total 12 345 €) :');
    expect(prompt).toContain('• Formation et accompagnement (Long terme, Humain) : 3 087 € — 25 %');
    expect(prompt).toContain('• Tests de nouveaux canaux (Résultats rapides, Tech, expérimentation) : 1 235 € — 10 %');
  });

  it('passes its own Humain sous-investi and Expérimentation alerts', () => {
    expect(budgetAlerts(emu)).toEqual([]);
  });

  it('changes nothing the second time (Budget no longer empty, every amount typed)', () => {
    const snap = emu.book.snapshot('Budget');
    expect(emu.run('boussoleRepartirBudget')).toBe('Aucune cellule « Montant prévu » vide : rien n’a été écrit.');
    expect(emu.book.snapshot('Budget')).toEqual(snap);
  });
});

describe('Répartir refuses a budget too small to split', () => {
  it('99 € is refused by its cell, nothing written; 100 € gives 25 / 10 / 15 / 30 / 20', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Débutante', 99);
    const snap = emu.book.snapshot('Budget');
    emu.run('boussoleRepartirBudget');
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Cadrage!B10 : « Budget annuel (€) » vaut 99 € — attendu : au moins 100 €, un budget plus petit est trop petit pour être réparti. Rien n’a été écrit.');
    expect(emu.book.snapshot('Budget')).toEqual(snap);
    seedCadrage(emu, 'Débutante', 100);
    emu.user.answerAlert('YES');
    emu.run('boussoleRepartirBudget');
    expect(emu.book.values('Budget', 'E2:E6').flat()).toEqual([25, 10, 15, 30, 20]);
    expect(budgetAlerts(emu)).toEqual([]);
  });
});

describe('Répartir keeps what a collaborator types while the box is open (7.5)', () => {
  it('a 9 999 typed in between and an amount typed in a target cell both stay', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Mature', 200000);
    emu.book.setValues('Budget', 'A2', [
      ['Site', 'Long terme', 'Tech', 'Non', ''], ['Imprévus', 'Optimisation & imprévus', 'Tech', 'Non', 100],
      ['Publicité', 'Résultats rapides', 'Tech', 'Oui', ''], ['CRM', 'Long terme', 'Tech', 'Non', ''],
    ]);
    // Proposed: LT 120 000 / 2 → E2 and E5 60 000 each; RR 40 000 → E4; OI covered.
    emu.user.answerAlert('YES', () => {
      emu.book.setValues('Budget', 'E3', [[9999]]);
      emu.book.setValues('Budget', 'E5', [[555]]);
    });
    const message = emu.run('boussoleRepartirBudget');
    expect(emu.ui.alerts[0]?.prompt).toContain('• Budget!E5 « CRM » (Long terme) : 60 000 €');
    expect(emu.book.values('Budget', 'E2:E5').flat()).toEqual([60000, 9999, 40000, 555]);
    expect(message).toBe('Budget : 2 montants prévus remplis (100 000 €) ; 1 cellule saisie pendant la question, laissée telle quelle (Budget!E5).');
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('creates no postes when postes were typed into the empty Budget meanwhile', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Débutante', 1000);
    emu.user.answerAlert('YES', () => emu.book.setValues('Budget', 'A2', [['Salon', 'Résultats rapides', 'Tech', 'Oui', 800]]));
    emu.run('boussoleRepartirBudget');
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Budget : des postes ont été saisis pendant la question — rien n’a été écrit. Relancez « Répartir le budget selon la maturité ».');
    expect(emu.book.values('Budget', 'A2:E3')).toEqual([['Salon', 'Résultats rapides', 'Tech', 'Oui', 800], ['', '', '', '', '']]);
  });
});
