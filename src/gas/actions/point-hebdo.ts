// Menu « Préparer le point hebdo » (a dialog with the agenda) and its RPC
// `boussoleEnregistrerPointHebdo(payload)`, which appends the meeting to Journal.

import type { ResultatSimple } from '../../core/panel';
import { INPUT_TABS, TAB, TABLES } from '../../workbook/contract';
import { readClasseur } from '../../workbook/reader';
import { formatDateFr } from '../../core/months';
import { ordreDuJour } from '../../core/planning/weekly-meeting';
import { dejaAuJournal, journalCells, validerSaisie } from '../../core/planning/journal-entry';
import { UserError, withDocumentLock } from '../lock';
import { showDialog, toast } from '../ui';
import { colonnesRequises, grilles, lireOnglets, ongletRequis } from './tabs';
import { ajouterLignes } from './write';
import { pointHebdoHtml } from './point-hebdo-html';

/** Menu action: Préparer le point hebdo. Returns the meeting date shown. */
export function preparerPointHebdo(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const onglets = lireOnglets(ss, INPUT_TABS);
  ongletRequis(onglets, TAB.plan);
  colonnesRequises(ongletRequis(onglets, TAB.journal), TABLES.journal, ['Date', 'Rituel']);
  const agenda = ordreDuJour(readClasseur(grilles(onglets)), new Date());
  showDialog('Préparer le point hebdo', pointHebdoHtml(agenda), 560, 640);
  return `Point hebdo du ${formatDateFr(agenda.date)} préparé.`;
}

/** RPC: checks the payload, refuses a second entry for the same day, appends the Journal row. */
export function enregistrerPointHebdo(payload: unknown): ResultatSimple {
  try {
    const saisie = validerSaisie(payload);
    if (!saisie.ok) return { ok: false, message: saisie.message };
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const onglets = lireOnglets(ss, [TAB.journal]);
    const journal = ongletRequis(onglets, TAB.journal);
    const cols = colonnesRequises(journal, TABLES.journal, ['Date', 'Rituel']);
    const existante = dejaAuJournal(readClasseur(grilles(onglets)).journal, saisie.entree.date);
    const jour = formatDateFr(saisie.entree.date);
    if (existante) return { ok: false, message: `Le point hebdo du ${jour} est déjà dans le Journal (ligne ${existante.row}) : rien n’a été ajouté.` };
    const width = journal.values[0]?.length ?? 0;
    const row = withDocumentLock(() => ajouterLignes(journal, [journalCells(saisie.entree, cols, width)]));
    const message = `Point hebdo du ${jour} ajouté au Journal (ligne ${row}).`;
    toast(ss, message);
    return { ok: true, message };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error(error);
    return { ok: false, message: 'Le point hebdo n’a pas pu être enregistré ; le Journal n’a pas été modifié.' };
  }
}
