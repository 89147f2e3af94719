// Menu « Préparer le point hebdo » (a dialog with the agenda) and its RPC
// `boussoleEnregistrerPointHebdo(payload)`, which appends the meeting to Journal.

import type { SimpleResult } from '../../core/panel/snapshot';
import { INPUT_TABS, TAB, TABLES } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import { formatDateFr } from '../../core/months';
import { buildAgenda } from '../../core/planning/weekly-meeting';
import { alreadyInJournal, journalCells, validateInput } from '../../core/planning/journal-entry';
import { UserError, withDocumentLock } from '../lock';
import { showDialog, toast } from '../ui';
import { requiredColumns, grids, readTabs, requiredTab } from './tabs';
import { appendRows } from './write';
import { weeklyMeetingHtml } from './weekly-meeting-html';
import { todayInSheet } from '../zone';

/** Menu action: Préparer le point hebdo. Returns the meeting date shown. */
export function prepareWeeklyMeeting(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const onglets = readTabs(ss, INPUT_TABS);
  requiredTab(onglets, TAB.plan);
  requiredColumns(requiredTab(onglets, TAB.journal), TABLES.journal, ['Date', 'Rituel']);
  const agenda = buildAgenda(readClasseur(grids(onglets)), todayInSheet());
  showDialog('Préparer le point hebdo', weeklyMeetingHtml(agenda), 560, 640);
  return `Point hebdo du ${formatDateFr(agenda.date)} préparé.`;
}

/** RPC: checks the payload, refuses a second entry for the same day, appends the Journal row. */
export function saveWeeklyMeeting(payload: unknown): SimpleResult {
  try {
    const saisie = validateInput(payload);
    if (!saisie.ok) return { ok: false, message: saisie.message };
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const onglets = readTabs(ss, [TAB.journal]);
    const journal = requiredTab(onglets, TAB.journal);
    const cols = requiredColumns(journal, TABLES.journal, ['Date', 'Rituel']);
    const existante = alreadyInJournal(readClasseur(grids(onglets)).journal, saisie.entree.date);
    const jour = formatDateFr(saisie.entree.date);
    if (existante) return { ok: false, message: `Le point hebdo du ${jour} est déjà dans le Journal (ligne ${existante.row}) : rien n’a été ajouté.` };
    const width = journal.values[0]?.length ?? 0;
    const row = withDocumentLock(() => appendRows(journal, [journalCells(saisie.entree, cols, width)]));
    const message = `Point hebdo du ${jour} ajouté au Journal (ligne ${row}).`;
    toast(ss, message);
    return { ok: true, message };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error(error);
    return { ok: false, message: 'Le point hebdo n’a pas pu être enregistré ; le Journal n’a pas été modifié.' };
  }
}
