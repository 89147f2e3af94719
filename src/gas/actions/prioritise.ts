// Menu « Prioriser le backlog »: under the lock, IDs and the Score sort written as whole rows (every
// column but the computed Score and Quadrant, formulas moving with their row and re-anchored to it);
// then the Démarrer ideas offered for scheduling (prioritise-schedule.ts). An idea whose Décision or
// Mois prévu holds something unreadable is left alone and named by its cell.

import { TAB, TABLES } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import { plural } from '../../core/format';
import { isBlank } from '../../core/text';
import { shiftRowReferences } from '../../core/formulas/shift';
import { prioritise, toSchedule, type Prioritisation } from '../../core/planning/prioritise';
import type { BacklogIdea, Problem } from '../../core/types';
import { UserError, withDocumentLock } from '../lock';
import { toast } from '../ui';
import { columnValues, columnWithFormulas, requiredColumns, grids, readTabs, requiredTab, type TabData } from './tabs';
import { writeColumnsWithFormulas } from './write';
import { scheduleIdeas } from './prioritise-schedule';
import { todayInSheet } from '../zone';

/** What the sort read and decided, for the closing message. */
interface BacklogReading {
  p: Prioritisation;
  ideas: number;
  /** Ideas whose Score is unknown (a note missing or unreadable): sorted last, not scheduled. */
  sansScore: number;
  /** French messages of the Backlog cells that could not be read, with their cells after the sort. */
  problemes: string[];
  /** Cells (after the sort) of the unreadable Décision / Mois prévu of ideas left alone. */
  leftAlone: string[];
}

const COMPUTED = ['Score', 'Quadrant'];

/** Backlog data rows (sheet row 2 on) after the sort, full width, IDs assigned; formulas re-anchored. */
function sortedRows(backlog: TabData, p: Prioritisation, idColumn: number): { values: unknown[][]; formulas: string[][] } {
  const width = backlog.values[0]?.length ?? 0;
  const values: unknown[][] = [];
  const formulas: string[][] = [];
  backlog.values.slice(1).forEach((_, at) => {
    const target = at + 2;
    const source = p.deplacements.get(target) ?? target;
    const row = Array.from({ length: width }, (_, c) => backlog.values[source - 1]?.[c] ?? '');
    const id = p.nouveauxIds.get(source);
    if (id !== undefined) row[idColumn] = id;
    values.push(row);
    formulas.push(Array.from({ length: width }, (_, c) => shiftRowReferences(backlog.formulas?.[source - 1]?.[c] ?? '', target - source)));
  });
  return { values, formulas };
}

/** Every column but the computed ones; the columns Boussole fills must hold values, not formulas. */
function movableColumns(backlog: TabData, columns: Record<string, number>): number[] {
  for (const header of ['ID', 'Décision', 'Mois prévu']) {
    const column = columns[header];
    if (column !== undefined && columnWithFormulas(backlog, column)) throw new UserError(`Backlog : la colonne « ${header} » contient des formules — Boussole ne peut pas y écrire. Remplacez-les par des valeurs.`);
  }
  const computed = new Set(COMPUTED.map((h) => columns[h]));
  return Array.from({ length: backlog.values[0]?.length ?? 0 }, (_, c) => c).filter((c) => !computed.has(c));
}

/** Sheet rows of ideas whose Décision or Mois prévu is filled but unreadable (never overwritten). */
function unreadableRows(backlog: TabData, ideas: readonly BacklogIdea[], columns: Record<string, number>): Set<number> {
  const raw = (row: number, header: string) => backlog.values[row - 1]?.[columns[header] ?? -1];
  return new Set(ideas.filter((i) => (i.decision === null && !isBlank(raw(i.row, 'Décision'))) || (i.moisPrevu === null && !isBlank(raw(i.row, 'Mois prévu')))).map((i) => i.row));
}

/** A reading problem of Backlog moved with its row (`Backlog!L5 : …` → `Backlog!L3 : …`), with that row. */
function afterSort(pb: Problem, destinations: ReadonlyMap<number, number>): { row: number; text: string } {
  const match = /^([A-Z]+)(\d+)$/.exec(pb.cellule);
  const before = Number(match?.[2] ?? 0);
  const row = destinations.get(before);
  if (!match || row === undefined) return { row: before, text: pb.message };
  return { row, text: pb.message.replace(`${TAB.backlog}!${pb.cellule}`, `${TAB.backlog}!${match[1]}${row}`) };
}

function readBacklogTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): BacklogReading {
  const onglets = readTabs(ss, [TAB.backlog, TAB.plan], [TAB.backlog]);
  const backlog = requiredTab(onglets, TAB.backlog);
  const plan = requiredTab(onglets, TAB.plan);
  const bCols = requiredColumns(backlog, TABLES.backlog, ['ID', 'Idée', 'Décision', 'Mois prévu']);
  const pCols = requiredColumns(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Statut', 'Origine']);
  const movable = movableColumns(backlog, bCols);
  const classeur = readClasseur(grids(onglets));
  if (classeur.backlog.length === 0) throw new UserError('Backlog : aucune idée à prioriser — ajoutez des idées à partir de la ligne 2.');
  const unreadable = unreadableRows(backlog, classeur.backlog, bCols);
  const p = prioritise(classeur.backlog, columnValues(backlog, bCols.ID), classeur.plan, columnValues(plan, pCols.ID), todayInSheet(), unreadable);
  const letter = (h: string) => classeur.colonnes[TAB.backlog]?.[h] ?? '';
  const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
  const leftAlone = classeur.backlog.filter((i) => unreadable.has(i.row) && toSchedule(i)).map((i) => {
    const row = p.destinations.get(i.row) ?? i.row;
    return { row, text: `${TAB.backlog}!${i.decision === null && !isBlank(backlog.values[i.row - 1]?.[bCols['Décision']]) ? letter('Décision') : letter('Mois prévu')}${row}` };
  }).sort(byRow).map((c) => c.text);
  const problemes = classeur.problemes.filter((pb) => pb.onglet === TAB.backlog).map((pb) => afterSort(pb, p.destinations)).sort(byRow).map((c) => c.text);
  if (p.change) {
    const rows = sortedRows(backlog, p, bCols.ID);
    writeColumnsWithFormulas(backlog, 2, rows.values, rows.formulas, movable);
  }
  return { p, ideas: classeur.backlog.length, sansScore: classeur.backlog.filter((i) => i.score === null).length, problemes, leftAlone };
}

/** « À corriger : Backlog!E3 : … » (3 messages at most), or ''. */
function toFix(problemes: readonly string[]): string {
  if (problemes.length === 0) return '';
  const reste = problemes.length > 3 ? ` ; … et ${plural(problemes.length - 3, 'autre')}` : '';
  return ` À corriger : ${problemes.slice(0, 3).join(' ; ')}${reste}.`;
}

/** « ; 2 idées à démarrer laissées de côté (Décision ou Mois prévu illisible : Backlog!L3, …) », or ''. */
function leftAloneText(cells: readonly string[]): string {
  if (cells.length === 0) return '';
  const n = cells.length;
  return ` ; ${plural(n, 'idée à démarrer laissée', 'idées à démarrer laissées')} de côté (Décision ou Mois prévu illisible : ${cells.join(', ')})`;
}

/** Menu action: Prioriser le backlog. Returns the closing toast. */
export function prioritiseBacklog(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const l = withDocumentLock(() => readBacklogTab(ss));
  const { p } = l;
  if (p.change) SpreadsheetApp.flush(); // the sorted backlog shows behind the dialog
  const ids = p.nouveauxIds.size > 0 ? `, ${plural(p.nouveauxIds.size, 'ID attribué', 'ID attribués')}` : '';
  const sans = l.sansScore > 0 ? `, ${plural(l.sansScore, 'idée sans score placée', 'idées sans score placées')} en fin, non planifiée${l.sansScore > 1 ? 's' : ''}` : '';
  const tri = p.change ? `Backlog trié par score (${plural(l.ideas, 'idée')}${ids}${sans})` : `Backlog déjà trié par score${sans ? ` (${sans.slice(2)})` : ''}`;
  const message = `${tri} ; ${scheduleIdeas(ss, p)}${leftAloneText(l.leftAlone)}.${toFix(l.problemes)}`;
  toast(ss, message, 10);
  return message;
}
