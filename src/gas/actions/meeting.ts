// Menu « Préparer le point hebdo » and the sidebar's « Préparer » button (SPEC §4 v2, §8): one
// dialog for every Gouvernance ritual. Reads each input tab once, the tab names, and the latest
// report tab (its « Décisions à prendre »); writes nothing.

import { COMITE_TAB_PREFIX, INPUT_TABS, TAB, TABLES } from '../../contract';
import { formatDateFr } from '../../core/months';
import { buildMeetingAgendas } from '../../core/planning/meeting-agenda';
import type { MeetingAgendas, MeetingSources, TabFound } from '../../core/planning/meeting-types';
import { latestReportTab, reportDecisions } from '../../core/planning/report-decisions';
import { sameText } from '../../core/text';
import { readClasseur } from '../../workbook/reader';
import { readRitualCells } from '../../workbook/ritual-cells';
import { UserError } from '../lock';
import { readSheetValues } from '../read';
import { showDialog } from '../ui';
import { grids, readTabs, requiredColumns, requiredTab, type TabData } from './tabs';
import { meetingHtml } from './meeting-html';
import { todayInSheet } from '../zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Title of the dialog opened from the menu (its contract label). */
export const MEETING_TITLE = 'Préparer le point hebdo';
const COMITE_NAME = new RegExp(`^${COMITE_TAB_PREFIX}\\d{4}-T[1-4]$`);

/** Rituals, the latest report (one read of that tab) and the comité tabs: calls grow with tabs, not rows. */
function readSources(ss: Spreadsheet, gouvernance: TabData | undefined): MeetingSources {
  const { table, rituels } = readRitualCells(gouvernance?.values);
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const latest = latestReportTab(names);
  const reportSheet = latest ? sheets[names.indexOf(latest.onglet)] : undefined;
  const rapport = latest && reportSheet
    ? { onglet: latest.onglet, gid: reportSheet.getSheetId(), decisions: reportDecisions(readSheetValues(reportSheet)) } : null;
  const comites: TabFound[] = names.flatMap((onglet, i) => {
    const sheet = sheets[i];
    return COMITE_NAME.test(onglet) && sheet ? [{ onglet, gid: sheet.getSheetId() }] : [];
  });
  return { rituels, table, rapport, comites };
}

/** The dialog's model, read in one batch; a missing Plan or Journal stops with a French message. */
export function readMeetingAgendas(ss: Spreadsheet, preselect?: string): MeetingAgendas {
  const onglets = readTabs(ss, INPUT_TABS);
  requiredTab(onglets, TAB.plan);
  requiredColumns(requiredTab(onglets, TAB.journal), TABLES.journal, ['Date', 'Rituel']);
  const sources = readSources(ss, onglets.get(TAB.gouvernance));
  return buildMeetingAgendas(readClasseur(grids(onglets)), sources, todayInSheet(), preselect);
}

/** Opens the dialog on `preselect` (default Point hebdo); returns what it prepared. */
export function prepareMeeting(preselect?: string, title = MEETING_TITLE): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const model = readMeetingAgendas(ss, preselect);
  if (preselect !== undefined && !model.rituels.some((r) => sameText(r.rituel, preselect))) {
    throw new UserError(`Rituel « ${preselect} » inconnu — attendu : ${model.rituels.map((r) => r.rituel).join(', ')}. Actualisez le panneau.`);
  }
  showDialog(title, meetingHtml(model, ss.getUrl()), 620, 680);
  const r = model.rituels[model.choisi];
  return r ? `${r.rituel} du ${formatDateFr(r.date)} préparé.` : 'Réunion préparée.';
}

/**
 * Sidebar RPC: opens the dialog on one ritual (its name as in Gouvernance). An add-on shows one
 * sidebar or dialog at a time, so the dialog may take the sidebar's place
 * (https://developers.google.com/apps-script/add-ons/concepts/dialogs).
 */
export function openRitual(rituel: unknown): { ok: boolean; message: string } {
  if (typeof rituel !== 'string' || rituel.trim() === '' || rituel.length > 120) {
    throw new UserError('Rituel illisible : actualisez le panneau.');
  }
  const message = prepareMeeting(rituel.trim(), `Préparer : ${rituel.trim()}`);
  return { ok: true, message };
}
