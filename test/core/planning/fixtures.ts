// Hand-built classeurs for the planning tests: grids as getDataRange().getValues() returns them,
// read by the real reader so that rows, IDs and column letters are what the actions see.
import { TABLES } from '../../../src/contract';
import { readClasseur } from '../../../src/workbook/reader';
import type { Workbook } from '../../../src/core/types';

/** A local date from year, 1-based month and day. */
export const d = (y: number, m: number, day: number): Date => new Date(y, m - 1, day);

/** Headers of a table in contract order. */
export const headers = (table: keyof typeof TABLES): string[] => TABLES[table].map((c) => c.header);

/** A grid from a header row and rows given by header (missing cells empty). */
export function grid(table: keyof typeof TABLES, rows: Array<Record<string, unknown>>): unknown[][] {
  const h = headers(table);
  return [h, ...rows.map((r) => h.map((header) => r[header] ?? ''))];
}

/** A Backlog idea row: ID, Idée, Score, Quadrant, Décision, Mois prévu. */
export const idee = (id: string, texte: string, score: number, quadrant: string, extra: Record<string, unknown> = {}) =>
  ({ ID: id, 'Idée': texte, Score: score, Quadrant: quadrant, ...extra });

/** A Plan action row. */
export const action = (fields: Record<string, unknown>) => ({ Statut: 'À faire', ...fields });

/** The Cadrage grid with the given answers (by question text). */
export function cadrage(answers: Record<string, unknown>): unknown[][] {
  const questions = ['Entreprise', 'Projet', 'Problème résolu (en une phrase)', 'Utilisateurs au quotidien', 'Minimum utile',
    'Date butoir', 'Vision à 3 ans', 'Maturité digitale', 'Budget annuel (€)', 'Début de la feuille de route'];
  return [['Question', 'Réponse'], ...questions.map((q) => [q, answers[q] ?? ''])];
}

/** The Gouvernance grid: a RACI table, then the rituals table with the given rows. */
export function gouvernance(rituels: unknown[][]): unknown[][] {
  return [['Chantier', 'R', 'A', 'C', 'I'], ['Site', 'Léa', 'Marc', '', ''], ['', '', '', '', ''],
    ['Rituel', 'Fréquence', 'Durée (min)', 'Participants', 'Prochaine date'], ...rituels];
}

/** The classeur the reader makes of `grids`. */
export function classeur(grids: Record<string, unknown[][]>): Workbook {
  return readClasseur(grids);
}
