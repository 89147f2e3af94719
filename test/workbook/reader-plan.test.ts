// Tolerant reading of Plan and Budget: shuffled/extra columns, blank lines, merged-looking cells,
// French text numbers and dates, enum spelling, per-field policy and exact French messages.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lignesIgnorees, readClasseur } from '../../src/workbook/reader';

const CANONICAL = ['ID', 'Mois', 'Phase', 'Action', 'Type', 'Responsable', 'Statut', 'Échéance', 'Fait le',
  'Budget prévu', 'Budget réel', 'Poste budgétaire', 'Résultat', 'Origine'];
/** The header row as a user left it: `statut ` typed with a trailing space. */
const PLAN_HEADERS = CANONICAL.map((h) => (h === 'Statut' ? 'statut ' : h));

/** A Plan row in contract order (Statut is column G). */
function action(fields: Partial<Record<string, unknown>>): unknown[] {
  return CANONICAL.map((h) => fields[h] ?? '');
}

describe('Plan', () => {
  it('reports an unknown status with the exact SPEC message and skips that row only', () => {
    const grid = [PLAN_HEADERS, ...Array.from({ length: 9 }, () => action({})),
      action({ Action: 'Audit', Statut: 'Fait' }), // row 11
      action({ Action: 'Refonte', Statut: 'Finit' }), // row 12: Statut is G12
      action({ Action: 'Personas', Statut: 'bloqué' })]; // row 13
    const c = readClasseur({ Plan: grid });
    expect(c.plan.map((a) => [a.row, a.action, a.statut])).toEqual([[11, 'Audit', 'Fait'], [13, 'Personas', 'Bloqué']]);
    expect(c.problemes).toEqual([expect.objectContaining({
      onglet: 'Plan', cellule: 'G12',
      message: 'Plan!G12 : statut « Finit » inconnu — attendu : À faire, En cours, Bloqué, Fait, Abandonné',
    })]);
    expect(lignesIgnorees(c)).toBe(1);
  });

  it('reads shuffled columns, an extra column, blank lines, text numbers and text dates', () => {
    const grid = [
      ['Statut', 'Notes internes', 'Budget prévu', 'action', 'MOIS', 'echeance', 'Budget réel', 'Fait le'],
      ['BLOQUE', 'à voir', '1 234,5', 'Choisir le CRM', '2026-11', '23/11/2026', '3 000 €', ''],
      ['', '', '', '', '', '', '', ''],
      ['en cours', 'x', 800, 'Former l’équipe', 'novembre 2026', '2026-11-30', '', '2026-12-01'],
    ];
    const c = readClasseur({ Plan: grid });
    expect(c.problemes).toEqual([]);
    expect(c.plan).toHaveLength(2);
    const [first, second] = c.plan;
    expect(first).toMatchObject({ row: 2, statut: 'Bloqué', budgetPrevu: 1234.5, budgetReel: 3000, mois: '2026-11', action: 'Choisir le CRM' });
    expect(first?.echeance).toEqual(new Date(2026, 10, 23));
    expect(second).toMatchObject({ row: 4, statut: 'En cours', budgetPrevu: 800, budgetReel: null, mois: '2026-11' });
    expect(second?.faitLe).toEqual(new Date(2026, 11, 1));
    // columns cited by letter for every header found, extras as typed
    expect(c.colonnes.Plan).toMatchObject({ Statut: 'A', 'Budget prévu': 'C', Action: 'D', Mois: 'E', 'Échéance': 'F', 'Notes internes': 'B' });
  });

  it('blanks a bad Budget prévu, a bad Échéance and an unknown Phase but keeps the row', () => {
    const grid = [PLAN_HEADERS, action({ Action: 'Audit', Statut: 'À faire', Phase: 'Lancement', 'Budget prévu': 'beaucoup', 'Échéance': '31/02/2026' })];
    const c = readClasseur({ Plan: grid });
    expect(c.plan[0]).toMatchObject({ action: 'Audit', statut: 'À faire', phase: null, budgetPrevu: null, echeance: null });
    expect(c.problemes.map((p) => p.message)).toEqual([
      'Plan!C2 : phase « Lancement » inconnue — attendu : Fondations, Tester, Amplifier, Structurer, Optimiser, Bilan',
      'Plan!H2 : échéance « 31/02/2026 » illisible — attendu : une date (ex. 23/11/2026)',
      'Plan!J2 : budget prévu « beaucoup » illisible — attendu : un montant en euros (ex. 3 000 €)',
    ]);
    expect(lignesIgnorees(c)).toBe(0);
  });

  it('skips a row without Statut with a message, and silently a row holding only an ID', () => {
    const grid = [PLAN_HEADERS, action({ ID: 'A-001' }), action({ Action: 'Sans statut' })];
    const c = readClasseur({ Plan: grid });
    expect(c.plan).toEqual([]);
    expect(c.problemes.map((p) => p.message)).toEqual(['Plan!G3 : statut manquant — attendu : À faire, En cours, Bloqué, Fait, Abandonné']);
  });

  it('says once that the Statut column is gone instead of once per row', () => {
    const c = readClasseur({ Plan: [['Action', 'Mois'], ['Audit', '2026-11'], ['Site', '2026-12']] });
    expect(c.plan).toEqual([]);
    expect(c.problemes).toEqual([expect.objectContaining({
      cellule: 'A1', lignesIgnorees: 2,
      message: 'Plan!A1 : colonne « Statut » introuvable (2 lignes ignorées) — attendu : un en-tête « Statut » en ligne 1 (menu Initialiser le classeur)',
    })]);
    expect(lignesIgnorees(c)).toBe(2);
  });

  it('fills Mois and Phase down over merged-looking empty cells until a blank line', () => {
    const grid = [PLAN_HEADERS,
      action({ Mois: '2026-11', Phase: 'Fondations', Action: 'A1', Statut: 'Fait' }),
      action({ Action: 'A2', Statut: 'En cours' }), // looks merged with the row above
      action({}), // blank line ends the block
      action({ Action: 'A3', Statut: 'À faire' })];
    const c = readClasseur({ Plan: grid });
    expect(c.plan.map((a) => [a.action, a.mois, a.phase])).toEqual([
      ['A1', '2026-11', 'Fondations'], ['A2', '2026-11', 'Fondations'], ['A3', null, null]]);
  });

  it('reads Date objects from another realm as dates and months', () => {
    const foreign = vm.runInNewContext('new Date(2026, 10, 3)') as Date;
    expect(foreign instanceof Date).toBe(false);
    const c = readClasseur({ Plan: [PLAN_HEADERS, action({ Mois: foreign, Action: 'X', Statut: 'Fait', 'Échéance': foreign })] });
    expect(c.problemes).toEqual([]);
    expect(c.plan[0]?.mois).toBe('2026-11');
    expect(c.plan[0]?.echeance).toEqual(new Date(2026, 10, 3));
    expect(c.plan[0]?.echeance instanceof Date).toBe(true);
  });

  it('gives an empty plan for a missing tab or a header-only tab', () => {
    expect(readClasseur({}).plan).toEqual([]);
    expect(readClasseur({ Plan: [PLAN_HEADERS] }).plan).toEqual([]);
  });
});

describe('Budget', () => {
  it('reads enums in any spelling, Oui/Non, and Réel left empty as null', () => {
    const grid = [
      ['Poste', 'Horizon', 'Nature', 'Expérimentation', 'Montant prévu', 'Réel'],
      ['Site', 'long terme', 'TECH', 'non', '2 000 €', ''],
      ['Formation', 'Optimisation & imprevus', 'humain', 'OUI', 500, '650,00'],
      ['Salon', 'Moyen terme', 'Tech', 'peut-être', 'abc', 100],
    ];
    const c = readClasseur({ Budget: grid });
    expect(c.budget.map((b) => [b.poste, b.horizon, b.nature, b.experimentation, b.montantPrevu, b.reel])).toEqual([
      ['Site', 'Long terme', 'Tech', false, 2000, null],
      ['Formation', 'Optimisation & imprévus', 'Humain', true, 500, 650],
      ['Salon', null, 'Tech', false, null, 100],
    ]);
    expect(c.problemes.map((p) => p.message)).toEqual([
      'Budget!B4 : horizon « Moyen terme » inconnu — attendu : Long terme, Résultats rapides, Optimisation & imprévus',
      'Budget!D4 : expérimentation « peut-être » inconnue — attendu : Oui, Non',
      'Budget!E4 : montant prévu « abc » illisible — attendu : un montant en euros (ex. 3 000 €)',
    ]);
  });

  it('keeps a row without Poste (its amounts still count) and says so', () => {
    const c = readClasseur({ Budget: [['Poste', 'Montant prévu'], ['', 300]] });
    expect(c.budget).toMatchObject([{ row: 2, poste: '', montantPrevu: 300 }]);
    expect(c.problemes.map((p) => p.message)).toEqual(['Budget!A2 : poste manquant — attendu : un nom de poste']);
  });
});
