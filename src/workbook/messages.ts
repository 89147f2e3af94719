// French wording of reading problems: `Plan!G12 : statut « Finit » inconnu — attendu : …`.
// One place for labels, grammatical gender and the "expected" texts of each column kind.

import type { ColumnKind } from '../contract';
import type { Problem } from '../core/types';
import { plural } from '../core/format';
import { formatDateFr, isDate } from '../core/months';
import { clip } from '../core/quote';

/** A reading problem; `lignesIgnorees` counts the rows it left out (0 when only a cell was blanked). */
export interface ReadProblem extends Problem {
  readonly lignesIgnorees: number;
}

/** Headers whose noun is feminine (for « inconnue », « manquante »). */
const FEMININ = new Set([
  'Phase', 'Nature', 'Expérimentation', 'Décision', 'Météo', 'Fréquence', 'Semaine', 'Date',
  'Échéance', 'Idée', 'Action', 'Valeur métier', 'Complexité', 'Urgence réelle', 'Faisabilité',
  'Cible', 'Valeur de départ', 'Maturité digitale', 'Date butoir', 'Marge brute', 'Durée (min)',
  'Prochaine date', 'Réponse', 'Conversions', 'Visites', 'Dépenses', 'Durée de la relation client (années)',
]);

/** Headers kept as typed in messages (acronyms, RACI letters). */
const AS_IS = /^(ID|R|A|C|I|CAC|ROAS)$/;

/** The header as a noun inside a sentence: `Statut` → `statut`, `ID` stays `ID`. */
export function label(header: string): string {
  return AS_IS.test(header) ? header : header.charAt(0).toLowerCase() + header.slice(1);
}

/** `inconnu` / `inconnue` agreeing with the header. */
export function agree(header: string, masculine: string): string {
  return FEMININ.has(header) ? `${masculine}e` : masculine;
}

/** A cell value as the user sees it, for quoting in « … ». */
export function shown(value: unknown): string {
  if (isDate(value)) return formatDateFr(value);
  // A date cell holding a number too large for the calendar reaches the script as an invalid Date.
  if (Object.prototype.toString.call(value) === '[object Date]') return 'date hors calendrier';
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  return String(value ?? '').trim();
}

/** A cell value quoted in a message: as shown, at most 200 characters (a cell holds 50 000 at most). */
export function quoted(value: unknown): string {
  return clip(shown(value));
}

/** What a cell of this kind should hold, in French. */
export function expected(kind: ColumnKind): string {
  if (typeof kind === 'object') return kind.enum.join(', ');
  switch (kind) {
    case 'number': return 'un nombre (ex. 1 234,5)';
    case 'euro': return 'un montant en euros (ex. 3 000 €)';
    case 'percent': return 'un pourcentage (ex. 50 %)';
    case 'date': return 'une date (ex. 23/11/2026)';
    case 'month': return 'un mois (ex. 2026-11, 11/2026 ou novembre 2026)';
    case 'note15': return 'une note de 1 à 5';
    case 'email': return 'une adresse e-mail (ex. prenom.nom@cabinet.fr)';
    default: return 'un texte';
  }
}

/** Builds a problem whose message starts with `Onglet!A1 : `. */
export function problem(onglet: string, cellule: string, detail: string, lignesIgnorees = 0): ReadProblem {
  return { onglet, cellule, message: `${onglet}!${cellule} : ${detail}`, lignesIgnorees };
}

/** A key column absent from the header row: one problem for all the rows it makes unreadable. */
export function absentColumn(header: string, rows: number): string {
  return `colonne « ${header} » introuvable (${plural(rows, 'ligne ignorée', 'lignes ignorées')}) — attendu : un en-tête « ${header} » en ligne 1 (menu Initialiser le classeur)`;
}

/** `statut « Finit » inconnu — attendu : À faire, …` (enumerations). */
export function unknownValue(header: string, value: unknown, kind: ColumnKind): string {
  return `${label(header)} « ${quoted(value)} » ${agree(header, 'inconnu')} — attendu : ${expected(kind)}`;
}

/** `budget prévu « abc » illisible — attendu : un montant en euros (ex. 3 000 €)`. */
export function unreadable(header: string, value: unknown, kind: ColumnKind): string {
  return `${label(header)} « ${quoted(value)} » illisible — attendu : ${expected(kind)}`;
}

/** `valeur métier « 7 » hors échelle — attendu : une note de 1 à 5`. */
export function outOfScale(header: string, value: unknown): string {
  return `${label(header)} « ${quoted(value)} » hors échelle — attendu : ${expected('note15')}`;
}

/** `statut manquant — attendu : …` (a required cell left empty). */
export function missingValue(header: string, kind: ColumnKind): string {
  return `${label(header)} ${agree(header, 'manquant')} — attendu : ${expected(kind)}`;
}
