// Menu « Prioriser le backlog »: IDs and the Score sort written as one block of the movable
// columns (Score, Quadrant and any column holding formulas are never written), then, after a
// yes/no dialog, the Démarrer ideas appended to Plan and their Décision / Mois prévu filled.

import { TAB, TABLES } from '../../workbook/contract';
import { readClasseur } from '../../workbook/reader';
import { firstDay, monthLabelFr } from '../../core/months';
import { pluriel } from '../../core/format';
import { prioriser, type Priorisation } from '../../core/planning/prioritise';
import { planCells } from '../../core/planning/new-action';
import { UserError, withDocumentLock } from '../lock';
import { confirm, toast } from '../ui';
import { colonne, colonneAvecFormules, colonnesRequises, grilles, lireOnglets, ongletRequis, type Onglet } from './tabs';
import { ajouterLignes, ecrireColonnes } from './write';

const FIGEES = ['Score', 'Quadrant'];

/** Backlog data rows (sheet row 2 on) after the sort, full width, IDs assigned. */
function lignesTriees(backlog: Onglet, p: Priorisation, idColumn: number): unknown[][] {
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

function colonnesMobiles(backlog: Onglet, columns: Record<string, number>): number[] {
  const fixed = new Set(FIGEES.map((h) => columns[h]));
  const width = backlog.values[0]?.length ?? 0;
  const mobiles = Array.from({ length: width }, (_, c) => c).filter((c) => !fixed.has(c) && !colonneAvecFormules(backlog, c));
  for (const header of ['ID', 'Décision', 'Mois prévu']) {
    const column = columns[header];
    if (column !== undefined && !mobiles.includes(column)) throw new UserError(`Backlog : la colonne « ${header} » contient des formules — Boussole ne peut pas y écrire. Remplacez-les par des valeurs.`);
  }
  return mobiles;
}

function question(p: Priorisation): string {
  const lines = p.planifiees.map((i) => `• ${i.id} ${i.idee} (score ${i.score ?? '—'}) → ${monthLabelFr(i.mois)}`);
  return `${pluriel(p.planifiees.length, 'idée')} à démarrer, au plus 3 nouvelles actions par mois :\n\n${lines.join('\n')}\n\nLes ajouter au Plan (statut « À faire ») et remplir leur Décision et leur Mois prévu ?`;
}

/** Fills Décision = Démarrer and Mois prévu of the scheduled rows: one block over their span. */
function remplirDecisions(backlog: Onglet, rows: unknown[][], p: Priorisation, columns: Record<string, number>): void {
  const targets = p.planifiees.map((i) => i.row);
  const first = Math.min(...targets);
  const span = rows.slice(first - 2, Math.max(...targets) - 1).map((row) => [...row]);
  for (const idea of p.planifiees) {
    const row = span[idea.row - first];
    if (!row) continue;
    row[columns['Décision'] ?? 0] = 'Démarrer';
    row[columns['Mois prévu'] ?? 0] = firstDay(idea.mois);
  }
  ecrireColonnes(backlog, first, span, [columns['Décision'] ?? 0, columns['Mois prévu'] ?? 0]);
}

/** What was read and decided before any write. */
interface Lecture {
  backlog: Onglet;
  plan: Onglet;
  bCols: Record<string, number>;
  pCols: Record<string, number>;
  mobiles: number[];
  ideas: number;
  /** Ideas whose Score is unknown (a note missing or unreadable): sorted last, not scheduled. */
  sansScore: number;
  /** French messages of the Backlog cells that could not be read (`Backlog!E3 : …`). */
  problemes: string[];
  p: Priorisation;
}

function lire(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lecture {
  const onglets = lireOnglets(ss, [TAB.backlog, TAB.plan], [TAB.backlog]);
  const backlog = ongletRequis(onglets, TAB.backlog);
  const plan = ongletRequis(onglets, TAB.plan);
  const bCols = colonnesRequises(backlog, TABLES.backlog, ['ID', 'Idée', 'Décision', 'Mois prévu']);
  const pCols = colonnesRequises(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Statut', 'Origine']);
  const mobiles = colonnesMobiles(backlog, bCols);
  const classeur = readClasseur(grilles(onglets));
  if (classeur.backlog.length === 0) throw new UserError('Backlog : aucune idée à prioriser — ajoutez des idées à partir de la ligne 2.');
  const p = prioriser(classeur.backlog, colonne(backlog, bCols.ID), classeur.plan, colonne(plan, pCols.ID), new Date());
  const problemes = classeur.problemes.filter((pb) => pb.onglet === TAB.backlog).map((pb) => pb.message);
  return { backlog, plan, bCols, pCols, mobiles, ideas: classeur.backlog.length, sansScore: classeur.backlog.filter((i) => i.score === null).length, problemes, p };
}

/** « À corriger : Backlog!E3 : … » (3 messages at most), or ''. */
function aCorriger(problemes: readonly string[]): string {
  if (problemes.length === 0) return '';
  const reste = problemes.length > 3 ? ` ; … et ${pluriel(problemes.length - 3, 'autre')}` : '';
  return ` À corriger : ${problemes.slice(0, 3).join(' ; ')}${reste}.`;
}

/** After the sort: asks, then appends to Plan and fills the backlog cells. Returns the message's end. */
function planifier(l: Lecture, rows: unknown[][]): string {
  const { p } = l;
  if (p.planifiees.length === 0) return 'aucune nouvelle idée à démarrer à planifier.';
  if (!confirm('Planifier les idées à démarrer', question(p))) return 'aucune idée planifiée (réponse Non).';
  const width = l.plan.values[0]?.length ?? 0;
  withDocumentLock(() => {
    ajouterLignes(l.plan, p.actions.map((a) => planCells(a, l.pCols, width)));
    remplirDecisions(l.backlog, rows, p, l.bCols);
  });
  return `${pluriel(p.actions.length, 'action ajoutée', 'actions ajoutées')} au Plan (${p.actions[0]?.id} à ${p.actions[p.actions.length - 1]?.id}).`;
}

/** Menu action: Prioriser le backlog. Returns the closing toast. */
export function prioriserBacklog(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const l = lire(ss);
  const { p } = l;
  const rows = lignesTriees(l.backlog, p, l.bCols.ID ?? 0);
  if (p.change) {
    withDocumentLock(() => ecrireColonnes(l.backlog, 2, rows, l.mobiles));
    SpreadsheetApp.flush(); // the sorted backlog shows behind the dialog
  }
  const ids = p.nouveauxIds.size > 0 ? `, ${pluriel(p.nouveauxIds.size, 'ID attribué', 'ID attribués')}` : '';
  const sans = l.sansScore > 0 ? `, ${pluriel(l.sansScore, 'idée sans score placée', 'idées sans score placées')} en fin, non planifiée${l.sansScore > 1 ? 's' : ''}` : '';
  const tri = p.change ? `Backlog trié par score (${pluriel(l.ideas, 'idée')}${ids}${sans})` : `Backlog déjà trié par score${sans ? ` (${sans.slice(2)})` : ''}`;
  const message = `${tri} ; ${planifier(l, rows)}${aCorriger(l.problemes)}`;
  toast(ss, message, 10);
  return message;
}
