// Reads `Gouvernance` (RACI table from row 1, rituals table from the first row whose column A
// reads `Rituel`) and `Journal` (SPEC §2). Rows without their key (Chantier, Rituel, Date) are
// skipped with a problem; other bad cells are blanked with a problem.

import { FREQUENCES, METEOS, TAB, TABLES } from '../contract';
import type { JournalEntry, RaciRow, Ritual } from '../core/types';
import { unknownValue, type ReadProblem } from './messages';
import { rowSchemas } from './schemas';
import { readTable, validated } from './table';
import type { ReadResult } from './read-plan';
import type { Row } from './row';
import { normalize, splitNames } from '../core/text';

/** 0-based index of the rituals header row, or -1. */
export function ritualsHeaderAt(grid: readonly unknown[][]): number {
  return grid.findIndex((row, at) => at > 0 && normalize(row[0]) === 'rituel');
}

/** Both tables of `Gouvernance`, with one shared column map (their headers do not overlap). */
export function readGouvernance(grid: unknown[][] | undefined, problemes: ReadProblem[]): { raci: RaciRow[]; rituels: Ritual[]; colonnes: Record<string, string> } {
  const rows = grid ?? [];
  const split = ritualsHeaderAt(rows);
  const raciTable = readTable(rows, TABLES.raci, TAB.gouvernance, problemes, split < 0 ? { keys: ['Chantier'] } : { end: split, keys: ['Chantier'] });
  const raci: RaciRow[] = [];
  for (const l of raciTable.lignes) {
    const chantier = l.requiredText('Chantier');
    if (chantier === null) continue;
    const candidate = { row: l.row, chantier, r: splitNames(l.text('R')), a: splitNames(l.text('A')), c: splitNames(l.text('C')), i: splitNames(l.text('I')) };
    const ligne = validated(rowSchemas().RACI, candidate, l, 'Chantier');
    if (ligne !== null) raci.push(ligne);
  }
  if (split < 0) return { raci, rituels: [], colonnes: { ...raciTable.context.letters } };
  const ritualTable = readTable(rows, TABLES.rituels, TAB.gouvernance, problemes, { headerAt: split, keys: ['Rituel'] });
  const rituels: Ritual[] = [];
  for (const l of ritualTable.lignes) {
    const frequence = l.choice('Fréquence', FREQUENCES) ?? '';
    const duree = l.number('Durée (min)');
    const prochaineDate = l.date('Prochaine date');
    const rituel = l.requiredText('Rituel');
    if (rituel === null) continue;
    const candidate = { row: l.row, rituel, frequence, duree, participants: splitNames(l.text('Participants')), prochaineDate };
    const valid = validated(rowSchemas().RITUEL, candidate, l, 'Rituel');
    if (valid !== null) rituels.push(valid);
  }
  return { raci, rituels, colonnes: { ...ritualTable.context.letters, ...raciTable.context.letters } };
}

/** Météo typed with or without its emoji (`variable`, `🌧️ Pluvieux`); unknown → '' and a problem. */
function meteo(l: Row): string {
  const typed = l.text('Météo');
  if (typed === '') return '';
  const word = (text: string): string => normalize(text).replace(/[^a-z]/g, '');
  const match = METEOS.find((m) => word(m) === word(typed));
  if (match === undefined) l.report('Météo', unknownValue('Météo', typed, { enum: METEOS }));
  return match ?? '';
}

/** `Journal` rows; a row without a valid Date is skipped; a bad `Moral de l'équipe` is blanked with a problem. */
export function readJournal(grid: unknown[][] | undefined, problemes: ReadProblem[]): ReadResult<JournalEntry> {
  const table = readTable(grid, TABLES.journal, TAB.journal, problemes, { keys: ['Date'] });
  const rows: JournalEntry[] = [];
  for (const l of table.lignes) {
    const date = l.date('Date', true);
    const candidate = {
      row: l.row, rituel: l.text('Rituel'), meteo: meteo(l), decisions: l.text('Décisions'),
      blocages: l.text('Blocages'), participants: l.text('Participants'),
      moral: l.note('Moral de l\'équipe'), retours: l.text('Retours'),
    };
    if (date === null) continue;
    const entree = validated(rowSchemas().JOURNAL, { ...candidate, date }, l, 'Date');
    if (entree !== null) rows.push(entree);
  }
  return { rows, colonnes: { ...table.context.letters } };
}
