// RPC `boussoleEnregistrerPointHebdo(payload)` (SPEC §4 v2): in one locked step, the Journal row,
// one Backlog idea per ticked feedback line, and the ritual's Prochaine date moved to its next
// occurrence. Everything is read and checked before the first write; the writes go in blocks.

import { DEFAULT_RITUALS, TAB, TABLES } from '../../contract';
import { plural } from '../../core/format';
import { formatDateFr, isoDate } from '../../core/months';
import { nextIds } from '../../core/planning/ids';
import { nextDateOf } from '../../core/planning/meeting-agenda';
import { validateMeeting, type MeetingEntry } from '../../core/planning/meeting-entry';
import { alreadyLogged, backlogCells, feedbackIdeas, JOURNAL_V2, MAX_IDEAS, meetingJournalCells } from '../../core/planning/meeting-rows';
import { countUsers } from '../../core/planning/meeting-steps';
import type { MeetingResult } from '../../core/planning/meeting-types';
import type { NextDate } from '../../core/planning/ritual-dates';
import { WEEKLY_MEETING } from '../../core/planning/weekly-meeting';
import { sameText } from '../../core/text';
import { readClasseur } from '../../workbook/reader';
import { readRitualCells, type RitualCells } from '../../workbook/ritual-cells';
import { UserError, withDocumentLock } from '../lock';
import { toast } from '../ui';
import { writeBlocks, type Block } from './block-write';
import { columnValues, grids, readTabs, requiredColumns, requiredTab, type TabData } from './tabs';

const BACKLOG_COLUMNS = ['ID', 'Idée', 'Demandeur', 'Ajoutée le'];

/** The ritual the payload names, as spelled in Gouvernance (or a default ritual without a table); null when unknown. */
function knownRitual(rituel: string, gouvernance: TabData | undefined): { nom: string; cells: RitualCells | null; table: boolean } | string {
  const { table, rituels } = readRitualCells(gouvernance?.values);
  const names = table ? rituels.map((r) => r.rituel) : DEFAULT_RITUALS.map((r) => r.rituel);
  const cells = table ? rituels.find((r) => sameText(r.rituel, rituel)) ?? null : null;
  const nom = cells?.rituel ?? names.find((n) => sameText(n, rituel)) ?? (sameText(rituel, WEEKLY_MEETING) ? WEEKLY_MEETING : null);
  if (nom === null) return `Rituel « ${rituel} » absent de Gouvernance — attendu : ${[...new Set([WEEKLY_MEETING, ...names])].join(', ')}.`;
  return { nom, cells, table };
}

/** Backlog blocks (one per run of adjacent contract columns) and the new IDs. */
function backlogBlocks(onglets: ReadonlyMap<string, TabData>, ideas: readonly string[], date: Date): { blocks: Block[]; ids: string[] } {
  if (ideas.length === 0) return { blocks: [], ids: [] };
  const untick = ' Ou décochez « Ajouter ce qui coince et ce qui manque au backlog ».';
  let backlog: TabData;
  let cols: Record<string, number>;
  try {
    backlog = requiredTab(onglets, TAB.backlog);
    cols = requiredColumns(backlog, TABLES.backlog, ['ID', 'Idée']);
  } catch (error) {
    throw error instanceof UserError ? new UserError(`${error.message}${untick}`) : error;
  }
  const ids = nextIds(columnValues(backlog, cols.ID), 'B', ideas.length);
  const width = backlog.values[0]?.length ?? 0;
  const rows = backlogCells(ideas, ids, date, cols, width);
  const first = Math.max(backlog.values.length, 1) + 1;
  const columns = BACKLOG_COLUMNS.map((h) => cols[h]).filter((c): c is number => c !== undefined).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === c - 1) last.push(c);
    else runs.push([c]);
  }
  const blocks = runs.map((run) => ({ sheet: backlog.sheet, row: first, column: (run[0] ?? 0) + 1, values: rows.map((r) => run.map((c) => r[c])), text: true }));
  return { blocks, ids };
}

/** The end of the message about the Prochaine date. */
function dateSentence(next: NextDate | null, cellule: string | null): string {
  if (next === null) return '';
  if (next.kind === 'move') return ` ; prochaine date du rituel : ${formatDateFr(next.to)} (${cellule ?? TAB.gouvernance})`;
  return ` ; prochaine date inchangée (${next.reason})`;
}

/** Reads, checks, then writes; returns the answer (no write on any refusal). */
function record(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, e: MeetingEntry): MeetingResult {
  const onglets = readTabs(ss, [TAB.cadrage, TAB.backlog, TAB.gouvernance, TAB.journal]);
  const journal = requiredTab(onglets, TAB.journal);
  const jCols = requiredColumns(journal, TABLES.journal, ['Date', 'Rituel']);
  const ritual = knownRitual(e.rituel, onglets.get(TAB.gouvernance));
  if (typeof ritual === 'string') return { ok: false, message: `Compte rendu non enregistré : ${ritual}`, erreurs: { rituel: ritual } };
  const entree = { ...e, rituel: ritual.nom };
  const classeur = readClasseur(grids(onglets));
  const jour = formatDateFr(entree.date);
  const deja = alreadyLogged(classeur.journal, entree.date, entree.rituel);
  if (deja) return { ok: false, message: `« ${entree.rituel} » du ${jour} est déjà dans le Journal (ligne ${deja.row}) : rien n’a été ajouté.` };
  const ideas = feedbackIdeas(entree);
  if (ideas.length > MAX_IDEAS) {
    const m = `${MAX_IDEAS} idées au plus par réunion (${ideas.length} lignes) : regroupez-les.`;
    return { ok: false, message: `Compte rendu non enregistré : ${m}`, erreurs: { coince: m } };
  }
  const backlog = backlogBlocks(onglets, ideas, entree.date);
  const next = ritual.cells ? nextDateOf(ritual.cells, true, entree.date) : null;
  const ligne = Math.max(journal.values.length, 1) + 1;
  const width = journal.values[0]?.length ?? 0;
  const jRow = meetingJournalCells(entree, countUsers(classeur.cadrage.utilisateurs), jCols, width);
  const blocks: Block[] = [{ sheet: journal.sheet, row: ligne, column: 1, values: [jRow], text: true }, ...backlog.blocks];
  const gouvernance = onglets.get(TAB.gouvernance);
  if (next?.kind === 'move' && ritual.cells?.column !== undefined && gouvernance) {
    blocks.push({ sheet: gouvernance.sheet, row: ritual.cells.row, column: ritual.cells.column + 1, values: [[next.to]], text: false });
  }
  writeBlocks(blocks);
  const n = backlog.ids.length;
  const idees = n === 0 ? '' : ` ; ${plural(n, 'idée ajoutée', 'idées ajoutées')} au Backlog (${backlog.ids[0]}${n > 1 ? ` à ${backlog.ids[n - 1]}` : ''})`;
  const missing = JOURNAL_V2.filter((h) => jCols[h] === undefined);
  const v2 = missing.length === 0 ? '' : ` Le Journal n’a pas ${missing.length > 1 ? 'les colonnes' : 'la colonne'} ${missing.map((h) => `« ${h} »`).join(' et ')} : `
    + `${missing.length > 1 ? 'elles n’ont pas été remplies' : 'elle n’a pas été remplie'} — lancez « Initialiser le classeur » pour ${missing.length > 1 ? 'les ' : 'l’'}ajouter.`;
  const message = `« ${entree.rituel} » du ${jour} : compte rendu ajouté au Journal (ligne ${ligne})${idees}${dateSentence(next, ritual.cells?.cellule ?? null)}.${v2}`;
  return { ok: true, message, ligne, idees: backlog.ids, prochaineDate: next?.kind === 'move' ? isoDate(next.to) : null };
}

/** RPC body: validates the payload, then records under the document lock; never throws. */
export function saveMeeting(payload: unknown): MeetingResult {
  try {
    const checked = validateMeeting(payload);
    if (!checked.ok) return checked;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const result = withDocumentLock(() => record(ss, checked.entree));
    if (result.ok) toast(ss, result.message, 10);
    return result;
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: `Compte rendu non enregistré : ${error.message}` };
    console.error(error);
    return { ok: false, message: 'Le compte rendu n’a pas pu être enregistré ; le classeur n’a pas été modifié.' };
  }
}
