// Checks the Cadrage answers a planning action needs, with the French message naming the cell
// to fill (`Cadrage!B10 : « Budget annuel (€) » est vide — attendu : un montant en euros`).

import { CADRAGE_QUESTIONS, TAB, type CadrageKey } from '../../contract';
import type { Workbook } from '../types';

/** A1 cell of the answer to a Cadrage question, or null when the question row is absent. */
export function cadrageCell(classeur: Workbook, key: CadrageKey): string | null {
  const row = classeur.cadrage.rows[key];
  if (row === undefined) return null;
  return `${classeur.colonnes[TAB.cadrage]?.['Réponse'] ?? 'B'}${row}`;
}

/**
 * Null when the answer to `key` was read, else why not: question absent, cell unreadable (the
 * reader's own message) or empty. `attendu` describes the expected value in French.
 */
export function missingAnswer(classeur: Workbook, key: CadrageKey, present: boolean, attendu: string): string | null {
  if (present) return null;
  const question = CADRAGE_QUESTIONS.find((q) => q.key === key)?.question ?? key;
  const cellule = cadrageCell(classeur, key);
  if (cellule === null) {
    return `${TAB.cadrage} : la question « ${question} » est absente de la colonne A — lancez « Initialiser le classeur », puis répondez-y (attendu : ${attendu})`;
  }
  const illisible = classeur.problemes.find((p) => p.onglet === TAB.cadrage && p.cellule === cellule);
  if (illisible) return illisible.message;
  return `${TAB.cadrage}!${cellule} : « ${question} » est vide — attendu : ${attendu}`;
}
