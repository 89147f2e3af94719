// Prioriser, second step: the yes/no box offering the Démarrer ideas, then — under the lock, on a
// fresh read, since a collaborator may have typed while the box was open — the Plan rows appended
// and only the Décision / Mois prévu cells still empty filled (SPEC §4, §7).

import { TAB, TABLES } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import { firstDay, monthLabelFr } from '../../core/months';
import { plural } from '../../core/format';
import { isBlank, normalize } from '../../core/text';
import { clip } from '../../core/quote';
import { formatId, maxIdNumber } from '../../core/planning/ids';
import { toSchedule, type Prioritisation, type ScheduledIdea } from '../../core/planning/prioritise';
import { planCells, type NewAction } from '../../core/planning/new-action';
import type { MonthKey } from '../../core/types';
import { columnLetter } from '../cells';
import { withDocumentLock } from '../lock';
import { confirm } from '../ui';
import { columnValues, grids, hasFormula, readTabs, requiredColumns, requiredTab, type TabData } from './tabs';
import { appendRows } from './write';

function question(p: Prioritisation): string {
  const lines = p.planifiees.map((i) => `• ${i.id} ${clip(i.idee)} (score ${i.score ?? '—'}) → ${monthLabelFr(i.mois)}`);
  return `${plural(p.planifiees.length, 'idée')} à démarrer, au plus 3 nouvelles actions par mois :\n\n${lines.join('\n')}\n\nLes ajouter au Plan (statut « À faire ») et remplir leur Décision et leur Mois prévu ?`;
}

/** An idea still to schedule after the answer: its row now, and whether its Décision is empty. */
interface StillOpen {
  idea: ScheduledIdea;
  row: number;
  idee: string;
  decisionEmpty: boolean;
}

/** The ideas of the box that are, on the fresh read, still to schedule with both cells fillable. */
function stillOpen(backlog: TabData, plan: TabData, offered: readonly ScheduledIdea[]): StillOpen[] {
  const classeur = readClasseur(grids(new Map([[TAB.backlog, backlog], [TAB.plan, plan]])));
  const cols = requiredColumns(backlog, TABLES.backlog, ['ID', 'Décision', 'Mois prévu']);
  const inPlan = new Set(classeur.plan.map((a) => normalize(a.origine)).filter((o) => o !== ''));
  const empty = (row: number, column: number) => isBlank(backlog.values[row - 1]?.[column]) && !hasFormula(backlog, row, column);
  return offered.flatMap((idea) => {
    const rows = classeur.backlog.filter((i) => normalize(i.id) === normalize(idea.id));
    const now = rows[0];
    if (rows.length !== 1 || !now || inPlan.has(normalize(idea.id)) || !toSchedule(now)) return [];
    const decisionEmpty = empty(now.row, cols['Décision']);
    const decisionOk = decisionEmpty || (now.decision === 'Démarrer' && !hasFormula(backlog, now.row, cols['Décision']));
    return decisionOk && empty(now.row, cols['Mois prévu']) ? [{ idea, row: now.row, idee: now.idee, decisionEmpty }] : [];
  });
}

/** Fills the cells of the ideas kept: one RangeList for Décision, one per month for Mois prévu. */
function fillBacklog(backlog: TabData, kept: readonly StillOpen[]): void {
  const cols = requiredColumns(backlog, TABLES.backlog, ['Décision', 'Mois prévu']);
  const letter = (column: number) => columnLetter(column + 1);
  const decisions = kept.filter((k) => k.decisionEmpty).map((k) => `${letter(cols['Décision'])}${k.row}`);
  if (decisions.length > 0) backlog.sheet.getRangeList(decisions).setValue('Démarrer');
  const byMonth = new Map<MonthKey, string[]>();
  for (const k of kept) byMonth.set(k.idea.mois, [...(byMonth.get(k.idea.mois) ?? []), `${letter(cols['Mois prévu'])}${k.row}`]);
  for (const [mois, cells] of byMonth) backlog.sheet.getRangeList(cells).setValue(firstDay(mois));
}

/** Appends the Plan rows (IDs from the fresh Plan) and fills the Backlog cells; returns the actions. */
function writeSchedule(backlog: TabData, plan: TabData, kept: readonly StillOpen[]): NewAction[] {
  const pCols = requiredColumns(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Statut', 'Origine']);
  const first = maxIdNumber(columnValues(plan, pCols.ID), 'A');
  const actions = kept.map((k, i): NewAction => ({ id: formatId('A', first + i + 1), mois: k.idea.mois, action: k.idee, statut: 'À faire', origine: k.idea.id }));
  const width = plan.values[0]?.length ?? 0;
  appendRows(plan, actions.map((a) => planCells(a, pCols, width)));
  fillBacklog(backlog, kept);
  return actions;
}

/** « ; B-007, B-005 modifiées pendant la question : laissées telles quelles », or ''. */
function changedText(changed: readonly ScheduledIdea[]): string {
  if (changed.length === 0) return '';
  const many = changed.length > 1;
  return ` ; ${changed.map((i) => i.id).join(', ')} ${many ? 'modifiées' : 'modifiée'} pendant la question : ${many ? 'laissées telles quelles' : 'laissée telle quelle'}`;
}

/** After the sort: asks, then schedules on a fresh read under the lock. Returns the message's end (no final period). */
export function scheduleIdeas(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, p: Prioritisation): string {
  if (p.planifiees.length === 0) return 'aucune nouvelle idée à démarrer à planifier';
  if (!confirm('Planifier les idées à démarrer', question(p))) return 'aucune idée planifiée (réponse Non)';
  return withDocumentLock(() => {
    const onglets = readTabs(ss, [TAB.backlog, TAB.plan], [TAB.backlog]);
    const backlog = requiredTab(onglets, TAB.backlog);
    const plan = requiredTab(onglets, TAB.plan);
    const kept = stillOpen(backlog, plan, p.planifiees);
    const changed = p.planifiees.filter((i) => !kept.some((k) => k.idea === i));
    if (kept.length === 0) return `aucune idée planifiée${changedText(changed)}`;
    const actions = writeSchedule(backlog, plan, kept);
    return `${plural(actions.length, 'action ajoutée', 'actions ajoutées')} au Plan (${actions[0]?.id} à ${actions[actions.length - 1]?.id})${changedText(changed)}`;
  });
}
