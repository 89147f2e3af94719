// Initialiser on a classeur made before v2 (SPEC §2, §4 v2), through the real bundle: the five new
// Cadrage rows, Plan's Objectif dropdown, Journal's morale and feedback columns, the Historique tab
// and the hidden snapshot tab — nothing typed touched (headers included, defect 7.3), idempotent,
// service calls constant in rows.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { bundleEmulator } from '../../support/bundle';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
// Literal copies of SPEC.md (not imported from src/).
const V1_QUESTIONS = ['Entreprise', 'Projet', 'Problème résolu (en une phrase)', 'Utilisateurs au quotidien', 'Minimum utile',
  'Date butoir', 'Vision à 3 ans', 'Maturité digitale', 'Budget annuel (€)', 'Début de la feuille de route', 'E-mail du consultant',
  "Seuil d'alerte dépassement budget", 'Achats par client et par an', 'Durée de la relation client (années)', 'Marge brute'];
const V2_QUESTIONS = ['Pilote du projet', 'Minimum utile livré le', 'Avantage concurrentiel visé', 'Points de douleur', 'Champions métier'];
const HISTORIQUE = 'Mois | Généré le | Météo | Signaux rouges | Signaux orange | Taux de réalisation | Actions du mois | En retard | Bloquées | Budget prévu cumulé | Réel cumulé | Budget annuel'.split(' | ');
const PLAN_V1 = ['ID', 'Mois', 'Phase', 'Action', 'Type', 'Responsable', 'Statut', 'Échéance', 'Fait le', 'Budget prévu', 'Budget réel', 'Poste budgétaire', 'Résultat', 'Origine'];
const JOURNAL_V1 = ['Date', 'Rituel', 'Météo', 'Décisions', 'Blocages', 'Participants'];

/** A classeur as a v1 user left it: answered Cadrage with a row of their own, objectives, Plan and Journal rows. */
function v1Classeur(planRows = 3): Emulator {
  const emu = bundleEmulator();
  emu.book.setValues('Cadrage', 'A1', [['Question', 'Réponse'], ...V1_QUESTIONS.map((q, i) => [q, i === 0 ? 'Menuiserie Durand' : '']), ['Notes internes', 'voir le devis']]);
  emu.book.setValues('Cadrage', 'B9', [['Intermédiaire'], [5000], [d(2026, 11, 1)]]);
  emu.book.setValues('Objectifs', 'A1', [['Indicateur', 'Canal', 'Sens', 'Valeur de départ', 'Cible', 'Échéance', 'Responsable'],
    ['Leads', 'Tous', 'Hausse', 10, 50, d(2027, 6, 30), 'Léa'], ['CAC', 'Site web', 'Baisse', 80, 40, d(2027, 6, 30), 'Léa'], ['Leads', '', 'Hausse', 5, 9, '', '']]);
  // Extra headers of the user's own: a text that looks like a formula, a date, @Marc, a formula.
  emu.book.setValues('Plan', 'A1', [[...PLAN_V1, "'=Total HT", d(2026, 4, 6), "'@Marc", '=UPPER("note")']]);
  emu.book.setValues('Plan', 'A2', Array.from({ length: planRows }, (_, i) => [`A-${String(i + 1).padStart(3, '0')}`, '2026-11', 'Fondations', `Action ${i + 1}`, 'Ponctuelle', 'Léa', 'À faire']));
  emu.book.setValues('Journal', 'A1', [JOURNAL_V1, [d(2026, 11, 16), 'Point hebdo', '🌤️ Variable', 'Go', '', 'Léa']]);
  emu.book.setValues('Gouvernance', 'A1', [['Chantier', 'R', 'A', 'C', 'I']]);
  emu.book.setValues('Gouvernance', 'A13', [['Rituel', 'Fréquence', 'Durée (min)', 'Participants', 'Prochaine date', '=UPPER("salle")'], ['Point hebdo', 'hebdomadaire', 30, 'Léa', d(2026, 11, 30), '']]);
  return emu;
}

describe('Initialiser on a v1 classeur', () => {
  const emu = v1Classeur();
  const typed = { cadrage: emu.book.values('Cadrage', 'A1:B17'), plan: emu.book.values('Plan', 'A1:R4'), planFormulas: emu.book.formulas('Plan', 'A1:R1'),
    journal: emu.book.values('Journal', 'A1:F2'), rituals: emu.book.values('Gouvernance', 'A13:F14'), ritualFormulas: emu.book.formulas('Gouvernance', 'A13:F13') };
  emu.run('boussoleInitialiser');

  it('touches no header or answer the user typed (7.3)', () => {
    expect(emu.book.values('Cadrage', 'A1:B17')).toEqual(typed.cadrage);
    expect(emu.book.values('Plan', 'A1:R4')).toEqual(typed.plan);
    expect(emu.book.formulas('Plan', 'A1:R1')).toEqual(typed.planFormulas);
    expect(emu.book.values('Plan', 'O1:R1')[0]).toEqual(['=Total HT', d(2026, 4, 6), '@Marc', 'NOTE']);
    expect(emu.book.formulas('Plan', 'R1')[0]?.[0]).toBe('=UPPER("note")');
    expect(emu.book.values('Journal', 'A1:F2')).toEqual(typed.journal);
    expect(emu.book.values('Gouvernance', 'A13:F14')).toEqual(typed.rituals);
    expect(emu.book.formulas('Gouvernance', 'A13:F13')).toEqual(typed.ritualFormulas);
  });

  it('appends the five v2 Cadrage rows below the user’s own, with notes and a date format', () => {
    expect(emu.book.values('Cadrage', 'A18:B22')).toEqual(V2_QUESTIONS.map((q) => [q, '']));
    expect(emu.book.notes('Cadrage', 'A18:A22').flat().every((n) => n.length > 10)).toBe(true);
    expect(emu.book.numberFormats('Cadrage', 'B19')[0]?.[0]).toBe('dd/mm/yyyy');
    expect(emu.book.values('Cadrage', 'A23')[0]?.[0]).toBe('');
  });

  it('appends Objectif to Plan with a dropdown of the current objectives, other values allowed', () => {
    expect(emu.book.values('Plan', 'S1')[0]?.[0]).toBe('Objectif');
    const rule = emu.book.validations('Plan', 'S2')[0]?.[0];
    expect(rule).toEqual({ type: 'VALUE_IN_LIST', values: [['Leads', 'CAC — Site web'], true], allowInvalid: true });
    expect(emu.book.validations('Plan', 'S500')[0]?.[0]?.values[0]).toEqual(['Leads', 'CAC — Site web']);
    expect(emu.book.numberFormats('Plan', 'S2')[0]?.[0]).toBe('@');
  });

  it('appends Moral de l’équipe (a 1–5 note) and Retours to Journal', () => {
    expect(emu.book.values('Journal', 'G1:H1')[0]).toEqual(["Moral de l'équipe", 'Retours']);
    expect(emu.book.validations('Journal', 'G2')[0]?.[0]).toMatchObject({ type: 'NUMBER_BETWEEN', values: [1, 5], allowInvalid: false });
    expect(emu.book.numberFormats('Journal', 'G2:H2')[0]).toEqual(['0', '@']);
  });

  it('creates Historique: headers of §2, frozen, noted, Mois as plain text', () => {
    expect(emu.book.values('Historique', 'A1:L1')[0]).toEqual(HISTORIQUE);
    expect(emu.book.frozenRows('Historique')).toBe(1);
    expect(emu.book.notes('Historique', 'A1:L1')[0]?.every((n) => n.length > 10)).toBe(true);
    expect(emu.book.numberFormats('Historique', 'A2:C2')[0]).toEqual(['@', 'dd/mm/yyyy', '@']);
    expect(emu.book.numberFormats('Historique', 'F2')[0]?.[0]).toBe('0%');
    expect(emu.book.numberFormats('Historique', 'J2:L2')[0]).toEqual(['#,##0.00 "€"', '#,##0.00 "€"', '#,##0.00 "€"']);
  });

  it('creates the hidden snapshot tab', () => {
    expect(emu.book.values('Boussole instantanés', 'A1:E1')[0]).toEqual(['Mois du rapport', 'ID', 'Mois', 'Échéance', 'Statut']);
    expect((emu.book.snapshot('Boussole instantanés') as { hidden: boolean }).hidden).toBe(true);
    expect(emu.book.numberFormats('Boussole instantanés', 'A2:B2')[0]).toEqual(['@', '@']);
  });

  it('says what it did, without the hidden tab', () => {
    const message = emu.ui.toasts.at(-1)?.message ?? '';
    expect(message).toContain('Historique');
    expect(message).not.toContain('instantanés');
    expect(message).toContain("Plan (Objectif) ; Journal (Moral de l'équipe, Retours)");
    expect(message).toContain('Cadrage (Pilote du projet, Minimum utile livré le, Avantage concurrentiel visé, Points de douleur, Champions métier)');
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('changes nothing the second time', () => {
    const before = emu.book.snapshot();
    emu.run('boussoleInitialiser');
    expect(emu.book.snapshot()).toEqual(before);
    expect(emu.ui.toasts.at(-1)?.message).toBe('Le classeur était déjà prêt : rien n’a été modifié.');
  });

  it('refreshes the Objectif dropdown when objectives change', () => {
    emu.book.setValues('Objectifs', 'A5', [['Chiffre d\'affaires', 'Salon', 'Hausse', 0, 10000, d(2027, 6, 30), 'Marc']]);
    emu.run('boussoleInitialiser');
    expect(emu.book.validations('Plan', 'S2')[0]?.[0]?.values[0]).toEqual(['Leads', 'CAC — Site web', 'Chiffre d\'affaires — Salon']);
  });
});

describe('Initialiser service calls', () => {
  const calls = (planRows: number, twice: boolean) => {
    const emu = v1Classeur(planRows);
    if (twice) emu.run('boussoleInitialiser');
    emu.calls.reset();
    emu.run('boussoleInitialiser');
    return emu.calls.total();
  };

  it('do not grow with rows, on a v1 classeur and on an initialised one', () => {
    const first = [calls(3, false), calls(300, false)];
    const again = [calls(3, true), calls(300, true)];
    console.log(`Initialiser: ${first[0]} calls on a v1 classeur, ${again[0]} on an initialised one`);
    expect(first[1]).toBe(first[0]);
    expect(again[1]).toBe(again[0]);
  });
});
