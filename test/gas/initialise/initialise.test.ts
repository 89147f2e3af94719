// Initialiser le classeur through the real bundle: tabs and headers exactly as SPEC §2, dropdowns,
// notes, frozen rows, Backlog formulas, rituals, idempotence, and existing data kept.
import { describe, expect, it } from 'vitest';
import { bundleEmulator } from '../../support/bundle';

// Copied literally from SPEC.md §2 (not from src/), so a drift in the contract fails here.
const SPEC_HEADERS: Record<string, string> = {
  Objectifs: 'Indicateur | Canal | Sens | Valeur de départ | Cible | Échéance | Responsable',
  Mesures: "Semaine | Canal | Dépenses | Visites | Leads | Conversions | Nouveaux clients | Chiffre d'affaires",
  Backlog: 'ID | Idée | Demandeur | Ajoutée le | Valeur métier | Complexité | Urgence réelle | Impact | Faisabilité | Score | Quadrant | Décision | Mois prévu',
  Plan: 'ID | Mois | Phase | Action | Type | Responsable | Statut | Échéance | Fait le | Budget prévu | Budget réel | Poste budgétaire | Résultat | Origine | Objectif',
  Budget: 'Poste | Horizon | Nature | Expérimentation | Montant prévu | Réel',
  Journal: "Date | Rituel | Météo | Décisions | Blocages | Participants | Moral de l'équipe | Retours",
};
const SPEC_QUESTIONS = ['Entreprise', 'Projet', 'Problème résolu (en une phrase)', 'Utilisateurs au quotidien', 'Minimum utile',
  'Date butoir', 'Vision à 3 ans', 'Maturité digitale', 'Budget annuel (€)', 'Début de la feuille de route', 'E-mail du consultant',
  "Seuil d'alerte dépassement budget", 'Achats par client et par an', 'Durée de la relation client (années)', 'Marge brute',
  'Pilote du projet', 'Minimum utile livré le', 'Avantage concurrentiel visé', 'Points de douleur', 'Champions métier'];
const TABS = ['Cadrage', 'Objectifs', 'Mesures', 'Backlog', 'Plan', 'Budget', 'Gouvernance', 'Journal', 'Tableau de bord', 'Historique'];

const split = (line: string) => line.split(' | ');
const listOf = (emu: ReturnType<typeof bundleEmulator>, sheet: string, a1: string) => emu.book.validations(sheet, a1)[0]?.[0]?.values[0];

describe('boussoleInitialiser on a new classeur', () => {
  const emu = bundleEmulator();
  emu.run('boussoleInitialiser');

  it('creates every tab of §2, in order', () => {
    const names = emu.book.sheetNames();
    expect(names.filter((n) => TABS.includes(n))).toEqual(TABS);
  });

  it('writes the headers of §2 exactly, frozen, each with a help note', () => {
    for (const [tab, line] of Object.entries(SPEC_HEADERS)) {
      const headers = split(line);
      expect(emu.book.values(tab, `A1:${String.fromCharCode(64 + headers.length)}1`)[0], tab).toEqual(headers);
      expect(emu.book.frozenRows(tab), tab).toBe(1);
      for (const note of emu.book.notes(tab, `A1:${String.fromCharCode(64 + headers.length)}1`)[0] ?? []) expect(note.length, tab).toBeGreaterThan(10);
    }
  });

  it('writes the Cadrage questions of §2 in column A, with default threshold and margin', () => {
    const values = emu.book.values('Cadrage', 'A1:B21');
    expect(values[0]).toEqual(['Question', 'Réponse']);
    expect(values.slice(1).map((r) => r[0])).toEqual(SPEC_QUESTIONS);
    expect(values[12]?.[1]).toBe(0.5); // Seuil d'alerte: 50 %
    expect(values[15]?.[1]).toBe(1); // Marge brute: 100 %
    expect(listOf(emu, 'Cadrage', 'B9')).toEqual(['Débutante', 'Intermédiaire', 'Mature']);
  });

  it('puts dropdowns on every enumerated column', () => {
    expect(listOf(emu, 'Plan', 'G2')).toEqual(['À faire', 'En cours', 'Bloqué', 'Fait', 'Abandonné']);
    expect(listOf(emu, 'Plan', 'C500')).toEqual(['Fondations', 'Tester', 'Amplifier', 'Structurer', 'Optimiser', 'Bilan']);
    expect(listOf(emu, 'Plan', 'E2')).toEqual(['Ponctuelle', 'Récurrente']);
    expect(listOf(emu, 'Budget', 'B2')).toEqual(['Long terme', 'Résultats rapides', 'Optimisation & imprévus']);
    expect(listOf(emu, 'Budget', 'C2')).toEqual(['Tech', 'Humain']);
    expect(listOf(emu, 'Budget', 'D2')).toEqual(['Oui', 'Non']);
    expect(listOf(emu, 'Backlog', 'L2')).toEqual(['Démarrer', 'Préparer', 'Écarter']);
    expect(listOf(emu, 'Objectifs', 'C2')).toEqual(['Hausse', 'Baisse']);
    expect(listOf(emu, 'Journal', 'C2')).toEqual(['☀️ Ensoleillé', '🌤️ Variable', '🌧️ Pluvieux', '⛈️ Orageux']);
    expect(emu.book.validations('Backlog', 'E2')[0]?.[0]?.type).toMatch(/NUMBER_BETWEEN/);
  });

  it('formats euros, dates and months', () => {
    expect(emu.book.numberFormats('Plan', 'J2:K2')[0]).toEqual(['#,##0.00 "€"', '#,##0.00 "€"']);
    expect(emu.book.numberFormats('Plan', 'H2')[0]?.[0]).toBe('dd/mm/yyyy');
    expect(emu.book.numberFormats('Plan', 'B2')[0]?.[0]).toBe('mmmm yyyy');
    expect(emu.book.numberFormats('Cadrage', 'B13')[0]?.[0]).toBe('0%');
  });

  it('puts one array formula per computed Backlog column in row 2', () => {
    expect(emu.book.formulas('Backlog', 'J2:K2')[0]).toEqual(['=BOUSSOLE_SCORE(E2:E,F2:F,G2:G)', '=BOUSSOLE_QUADRANT(H2:H,I2:I)']);
  });

  it('adds conditional formats for statuses, late rows and over-budget postes', () => {
    const plan = emu.book.conditionalRules('Plan');
    expect(plan.filter((r) => r.textEqualTo).map((r) => r.textEqualTo)).toEqual(['À faire', 'En cours', 'Bloqué', 'Fait', 'Abandonné']);
    expect(plan.some((r) => r.formula?.includes('TODAY()'))).toBe(true);
    expect(emu.book.conditionalRules('Budget')[0]?.formula).toBe('=AND(N($E2)>0;N($F2)>N($E2)*11/10)');
  });

  it('pre-fills the five rituals of the Gouvernance tab', () => {
    const rows = emu.book.values('Gouvernance', 'A13:C18');
    expect(rows[0]).toEqual(['Rituel', 'Fréquence', 'Durée (min)']);
    expect(rows.slice(1)).toEqual([
      ['Point hebdo', 'hebdomadaire', 30], ['Revue mensuelle', 'mensuelle', 60], ['Comité trimestriel', 'trimestrielle', 120],
      ["Point d'information équipe", 'trimestrielle', 15], ["Contrôle d'adoption J+30", 'unique', 30],
    ]);
    expect(emu.book.values('Gouvernance', 'A1:E1')[0]).toEqual(['Chantier', 'R', 'A', 'C', 'I']);
  });

  it('holds the lock for every write and ends with a toast naming what it created', () => {
    expect(emu.lock.writesWithoutLock()).toBe(0);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/^Classeur initialisé — 10 onglets créés : Cadrage, Objectifs, .*, Tableau de bord, Historique\.$/);
  });

  it('changes nothing the second time', () => {
    const before = emu.book.snapshot();
    emu.run('boussoleInitialiser');
    expect(emu.book.snapshot()).toEqual(before);
    expect(emu.ui.toasts.at(-1)?.message).toBe('Le classeur était déjà prêt : rien n’a été modifié.');
  });
});

describe('boussoleInitialiser on an existing classeur', () => {
  it('keeps a reordered Plan with an extra column as is and appends the missing headers', () => {
    const emu = bundleEmulator();
    const rows = [
      ['Statut', 'Action', 'Commentaire interne', 'ID', 'Mois'],
      ['En cours', 'Choisir le CRM', 'voir devis', 'A-001', '2026-11'],
      ['Fait', 'Audit du site', '', 'A-002', '2026-10'],
    ];
    emu.book.setValues('Plan', 'A1:E3', rows);
    emu.run('boussoleInitialiser');
    const header = emu.book.values('Plan', 'A1:N1')[0];
    expect(header).toEqual(['Statut', 'Action', 'Commentaire interne', 'ID', 'Mois', 'Phase', 'Type', 'Responsable',
      'Échéance', 'Fait le', 'Budget prévu', 'Budget réel', 'Poste budgétaire', 'Résultat']);
    expect(emu.book.values('Plan', 'O1')[0]?.[0]).toBe('Origine');
    expect(emu.book.values('Plan', 'A2:E3')).toEqual(rows.slice(1));
    expect(listOf(emu, 'Plan', 'A2')).toEqual(['À faire', 'En cours', 'Bloqué', 'Fait', 'Abandonné']);
    expect(emu.ui.toasts.at(-1)?.message).toContain('Plan (Phase, Type, Responsable, Échéance, Fait le, Budget prévu, Budget réel, Poste budgétaire, Résultat, Origine, Objectif)');
  });

  it('keeps a typed Cadrage answer and a header spelled `statut ` with a trailing space', () => {
    const emu = bundleEmulator();
    emu.book.setValues('Cadrage', 'A1:B3', [['Question', 'Réponse'], ['Entreprise', 'Menuiserie Durand'], ['projet', 'CRM']]);
    emu.book.setValues('Plan', 'A1:B2', [['statut ', 'Action'], ['Bloqué', 'Former l’équipe']]);
    emu.run('boussoleInitialiser');
    expect(emu.book.values('Cadrage', 'A2:B3')).toEqual([['Entreprise', 'Menuiserie Durand'], ['projet', 'CRM']]);
    expect(emu.book.values('Cadrage', 'A4')[0]?.[0]).toBe('Problème résolu (en une phrase)');
    expect(emu.book.values('Plan', 'A1:C2')).toEqual([['statut ', 'Action', 'ID'], ['Bloqué', 'Former l’équipe', '']]);
  });
});

describe('onOpen', () => {
  it('adds the add-on menu in AuthMode.NONE without touching anything else', () => {
    const emu = bundleEmulator();
    expect(() => emu.trigger('onOpen', 'NONE')).not.toThrow();
    const menu = emu.ui.menus.at(-1);
    expect(menu?.addon).toBe(true);
    const items = menu?.items.filter((i): i is { caption: string; functionName: string } => 'caption' in i) ?? [];
    expect(items.map((i) => i.functionName)).toContain('boussoleInitialiser');
    expect(items.find((i) => i.functionName === 'boussoleInitialiser')?.caption).toBe('Initialiser le classeur');
    expect(emu.book.sheetNames()).toEqual(['Feuille 1']);
  });

  it('onInstall adds the same menu', () => {
    const emu = bundleEmulator();
    emu.trigger('onInstall', 'FULL');
    expect(emu.ui.menus).toHaveLength(1);
  });
});
