// Menu « Prioriser le backlog »: IDs and the Score sort written as one block of the movable
// columns (Score, Quadrant and any column holding formulas are never written), then, after a
// yes/no dialog, the Démarrer ideas appended to Plan and their Décision / Mois prévu filled.

import { TAB, TABLES } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import { firstDay, monthLabelFr } from '../../core/months';
import { plural } from '../../core/format';
import { prioritise, type Prioritisation } from '../../core/planning/prioritise';
import { planCells } from '../../core/planning/new-action';
import { UserError, withDocumentLock } from '../lock';
import { confirm, toast } from '../ui';
import { columnValues, columnWithFormulas, requiredColumns, grids, readTabs, requiredTab, type TabData } from './tabs';
import { appendRows, writeColumns } from './write';
import { todayInSheet } from '../zone';

const FIGEES = ['Score', 'Quadrant'];

/** Backlog data rows (sheet row 2 on) after the sort, full width, IDs assigned. */
function sortedRows(backlog: TabData, p: Prioritisation, idColumn: number): unknown[][] {
  const width = backlog.values[0]?.length ?? 0;
  return backlog.values.slice(1).map((_, at) => {
    const source = p.deplacements.get(at + 2) ?? at + 2;
    const row = [...(backlog.values[source - 1] ?? [])];
    while (row.length < width) row.push('');
    const id = p.nouveauxIds.get(source);
    if (id !== undefined) row[idColumn] = id;
    return row;
  });
}

function colonnesMobiles(backlog: TabData, columns: Record<string, number>): number[] {
  const fixed = new Set(FIGEES.map((h) => columns[h]));
  const width = backlog.values[0]?.length ?? 0;
  const mobiles = Array.from({ length: width }, (_, c) => c).filter((c) => !fixed.has(c) && !columnWithFormulas(backlog, c));
  for (const header of ['ID', 'Décision', 'Mois prévu']) {
    const column = columns[header];
    if (column !== undefined && !mobiles.includes(column)) throw new UserError(`Backlog : la colonne « ${header} » contient des formules — Boussole ne peut pas y écrire. Remplacez-les par des valeurs.`);
  }
  return mobiles;
}

function question(p: Prioritisation): string {
  const lines = p.planifiees.map((i) => `• ${i.id} ${i.idee} (score ${i.score ?? '—'}) → ${monthLabelFr(i.mois)}`);
  return `${plural(p.planifiees.length, 'idée')} à démarrer, au plus 3 nouvelles actions par mois :\n\n${lines.join('\n')}\n\nLes ajouter au Plan (statut « À faire ») et remplir leur Décision et leur Mois prévu ?`;
}

/** Fills Décision = Démarrer and Mois prévu of the scheduled rows: one block over their span. */
function fillDecisions(backlog: TabData, rows: unknown[][], p: Prioritisation, columns: Record<string, number>): void {
  const targets = p.planifiees.map((i) => i.row);
  const first = Math.min(...targets);
  const span = rows.slice(first - 2, Math.max(...targets) - 1).map((row) => [...row]);
  for (const idea of p.planifiees) {
    const row = span[idea.row - first];
    if (!row) continue;
    row[columns['Décision'] ?? 0] = 'Démarrer';
    row[columns['Mois prévu'] ?? 0] = firstDay(idea.mois);
  }
  writeColumns(backlog, first, span, [columns['Décision'] ?? 0, columns['Mois prévu'] ?? 0]);
}

/** What was read and decided before any write. */
interface Lecture {
  backlog: TabData;
  plan: TabData;
  bCols: Record<string, number>;
  pCols: Record<string, number>;
  mobiles: number[];
  ideas: number;
  /** Ideas whose Score is unknown (a note missing or unreadable): sorted last, not scheduled. */
  sansScore: number;
  /** French messages of the Backlog cells that could not be read (`Backlog!E3 : …`). */
  problemes: string[];
  p: Prioritisation;
}

function readBacklogTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lecture {
  const onglets = readTabs(ss, [TAB.backlog, TAB.plan], [TAB.backlog]);
  const backlog = requiredTab(onglets, TAB.backlog);
  const plan = requiredTab(onglets, TAB.plan);
  const bCols = requiredColumns(backlog, TABLES.backlog, ['ID', 'Idée', 'Décision', 'Mois prévu']);
  const pCols = requiredColumns(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Statut', 'Origine']);
  const mobiles = colonnesMobiles(backlog, bCols);
  const classeur = readClasseur(grids(onglets));
  if (classeur.backlog.length === 0) throw new UserError('Backlog : aucune idée à prioriser — ajoutez des idées à partir de la ligne 2.');
  const p = prioritise(classeur.backlog, columnValues(backlog, bCols.ID), classeur.plan, columnValues(plan, pCols.ID), todayInSheet());
  const problemes = classeur.problemes.filter((pb) => pb.onglet === TAB.backlog).map((pb) => pb.message);
  return { backlog, plan, bCols, pCols, mobiles, ideas: classeur.backlog.length, sansScore: classeur.backlog.filter((i) => i.score === null).length, problemes, p };
}

/** « À corriger : Backlog!E3 : … » (3 messages at most), or ''. */
function toFix(problemes: readonly string[]): string {
  if (problemes.length === 0) return '';
  const reste = problemes.length > 3 ? ` ; … et ${plural(problemes.length - 3, 'autre')}` : '';
  return ` À corriger : ${problemes.slice(0, 3).join(' ; ')}${reste}.`;
}

/** After the sort: asks, then appends to Plan and fills the backlog cells. Returns the message's end. */
function planifier(l: Lecture, rows: unknown[][]): string {
  const { p } = l;
  if (p.planifiees.length === 0) return 'aucune nouvelle idée à démarrer à planifier.';
  if (!confirm('Planifier les idées à démarrer', question(p))) return 'aucune idée planifiée (réponse Non).';
  const width = l.plan.values[0]?.length ?? 0;
  withDocumentLock(() => {
    appendRows(l.plan, p.actions.map((a) => planCells(a, l.pCols, width)));
    fillDecisions(l.backlog, rows, p, l.bCols);
  });
  return `${plural(p.actions.length, 'action ajoutée', 'actions ajoutées')} au Plan (${p.actions[0]?.id} à ${p.actions[p.actions.length - 1]?.id}).`;
}

/** Menu action: Prioriser le backlog. Returns the closing toast. */
export function prioritiseBacklog(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const l = readBacklogTab(ss);
  const { p } = l;
  const rows = sortedRows(l.backlog, p, l.bCols.ID ?? 0);
  if (p.change) {
    withDocumentLock(() => writeColumns(l.backlog, 2, rows, l.mobiles));
    SpreadsheetApp.flush(); // the sorted backlog shows behind the dialog
  }
  const ids = p.nouveauxIds.size > 0 ? `, ${plural(p.nouveauxIds.size, 'ID attribué', 'ID attribués')}` : '';
  const sans = l.sansScore > 0 ? `, ${plural(l.sansScore, 'idée sans score placée', 'idées sans score placées')} en fin, non planifiée${l.sansScore > 1 ? 's' : ''}` : '';
  const tri = p.change ? `Backlog trié par score (${plural(l.ideas, 'idée')}${ids}${sans})` : `Backlog déjà trié par score${sans ? ` (${sans.slice(2)})` : ''}`;
  const message = `${tri} ; ${planifier(l, rows)}${toFix(l.problemes)}`;
  toast(ss, message, 10);
  return message;
}
