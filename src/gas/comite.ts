// Préparer le comité trimestriel (SPEC §4 v2): reads the input tabs, `Historique` and the plan
// snapshots once each, builds the pure model and its one-page layout, then, under the document
// lock, clears (or inserts at the end) the tab `Comité AAAA-Tn` and writes it in a handful of batch
// calls, like the monthly report. Input tabs are only read; no other tab is written.

import { buildComite, type Comite } from '../core/comite/model';
import { layoutComite } from '../core/comite/layout';
import { isQuarterKey } from '../core/comite/quarter';
import { COMITE_TAB_PREFIX, TAB } from '../contract';
import { readClasseur } from '../workbook/reader';
import { readHistory } from '../workbook/read-history';
import { UserError, withDocumentLock } from './lock';
import { readGrids } from './read';
import { REPORT_READ_TABS, writeReportTab } from './report';
import { todayInSheet } from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What `boussoleComiteTrimestrielPour` returns (SPEC §3 v2). */
export interface ComiteResult {
  feuille: string;
}

/** Validates a typed quarter: `AAAA-Tn` (spaces trimmed, `t` accepted), else a French UserError. */
export function validateQuarter(saisie: unknown): string {
  const text = typeof saisie === 'string' ? saisie.trim().toUpperCase() : '';
  if (!isQuarterKey(text)) {
    const shown = typeof saisie === 'string' && saisie.trim() !== '' ? `« ${saisie.trim()} »` : 'Le trimestre';
    throw new UserError(`${shown} n’est pas un trimestre valide : tapez l’année, un tiret, T puis le numéro du trimestre (1 à 4), au format AAAA-Tn (par exemple 2026-T1).`);
  }
  return text;
}

/** Clears the quarter's tab, or inserts it at the end of the classeur. */
function comiteSheet(ss: Spreadsheet, name: string): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) {
    existing.clear();
    return existing;
  }
  return ss.insertSheet(name, ss.getNumSheets());
}

/** The comité of `trimestre` (validated here), written and activated; also returns the model and the sheet. */
export function generateComite(ss: Spreadsheet, trimestre: unknown, today: Date = todayInSheet()): { resultat: ComiteResult; comite: Comite; sheet: Sheet } {
  const quarter = validateQuarter(trimestre);
  const grids = readGrids(ss, REPORT_READ_TABS);
  const comite = buildComite(readClasseur(grids), quarter, today, readHistory(grids[TAB.historique]));
  const layout = layoutComite(comite);
  const name = `${COMITE_TAB_PREFIX}${quarter}`;
  const sheet = withDocumentLock(() => {
    const target = comiteSheet(ss, name);
    writeReportTab(target, layout);
    target.activate();
    return target;
  });
  return { resultat: { feuille: name }, comite, sheet };
}
