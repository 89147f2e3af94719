// Three fictional client classeurs for the consultant's portfolio (SPEC §10), used by the tests and
// the demo: the example, a sunny variation (everything done, nothing late) and a stormy one (blocked
// actions, nothing noted for 40 days). Each is a real Boussole classeur in its own emulated spreadsheet,
// with a `Historique` row as a generated report would leave it.
import { INPUT_TABS, TAB, TABLES } from '../../../src/contract';
import { columnLetter } from '../../../src/core/cells';
import { exampleGrids } from '../../../src/core/example/workbook';
import { addDays, addMonths, monthKey, startOfDay } from '../../../src/core/months';
import type { BookHandle, Emulator } from '../../emulator';

/** A variation of the example: its Cadrage names, how its rows change, and its last report. */
export interface ClientVariant {
  readonly name: string;
  readonly entreprise: string;
  readonly projet: string;
  /** Changes the example's grids in place. */
  readonly edit?: (grids: Record<string, unknown[][]>, now: Date) => void;
  /** Its last report, of the month before today's (Météo, Signaux rouges); null: no report yet. */
  readonly rapport: { meteo: string; rouges: number } | null;
}

const col = (tab: keyof typeof TABLES, header: string) => TABLES[tab].findIndex((c) => c.header === header);

/** Days the stormy client has noted nothing (no Mesures, no Journal). */
export const SILENT_DAYS = 40;

/** Sets the answer of a Cadrage question. */
function answer(grids: Record<string, unknown[][]>, question: string, value: unknown): void {
  const row = grids[TAB.cadrage]?.find((r) => r[0] === question);
  if (row) row[1] = value;
}

export const CLIENTS: Record<'exemple' | 'soleil' | 'orage', ClientVariant> = {
  exemple: {
    name: 'Lambert — pilotage', entreprise: 'Menuiserie Lambert & Fils', projet: 'CRM et nouveau site',
    rapport: { meteo: '⛈️ Orageux', rouges: 3 },
  },
  soleil: {
    name: 'Martin — pilotage', entreprise: 'Boulangerie Martin', projet: 'Commande en ligne',
    rapport: { meteo: '☀️ Ensoleillé', rouges: 0 },
    edit: (grids) => {
      const statut = col('plan', 'Statut');
      for (const row of grids[TAB.plan]?.slice(1) ?? []) row[statut] = 'Fait';
    },
  },
  orage: {
    name: 'Girard — pilotage', entreprise: 'Transports Girard', projet: 'Logiciel de planning',
    rapport: { meteo: '⛈️ Orageux', rouges: 4 },
    edit: (grids, now) => {
      const cutoff = addDays(startOfDay(now), -SILENT_DAYS);
      const statut = col('plan', 'Statut');
      (grids[TAB.plan]?.slice(1) ?? []).forEach((row, i) => { if (row[statut] === 'En cours' && i % 2 === 0) row[statut] = 'Bloqué'; });
      for (const tab of [TAB.mesures, TAB.journal]) {
        const [header = [], ...rows] = grids[tab] ?? [];
        const kept = rows.filter((r) => (r[0] as Date).getTime() <= cutoff.getTime());
        const last = kept[kept.length - 1];
        if (last) last[0] = cutoff;
        grids[tab] = [header, ...kept];
      }
    },
  },
};

/** Writes grids into the active spreadsheet as a user would type them. */
function typeGrids(book: BookHandle, grids: Record<string, unknown[][]>): void {
  for (const tab of INPUT_TABS) {
    const grid = grids[tab];
    if (!grid || grid.length === 0) continue;
    const width = Math.max(...grid.map((r) => r.length));
    book.setValues(tab, `A1:${columnLetter(width)}${grid.length}`, grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
  }
}

/** The Historique row of a report (contract order; only what the synthesis reads is meaningful). */
export function writeHistorique(book: BookHandle, rapport: { mois: string; meteo: string; rouges: number }, now: Date): void {
  // Initialiser (v2) makes Historique with its Mois column as plain text (@): typed as is there.
  const plainText = book.hasSheet(TAB.historique);
  if (!plainText) book.addSheet(TAB.historique);
  const header = TABLES.historique.map((c) => c.header);
  const row = header.map((h) => ({ Mois: plainText ? rapport.mois : `'${rapport.mois}`, 'Généré le': now, Météo: rapport.meteo, 'Signaux rouges': rapport.rouges } as Record<string, unknown>)[h] ?? 0);
  book.setValues(TAB.historique, `A1:${columnLetter(header.length)}2`, [header, row]);
}

/**
 * A client classeur in a new spreadsheet: Initialiser, the example's rows as changed by the variant,
 * its last report in Historique, then Actualiser le tableau de bord. The consultant's book stays active.
 */
export function addClient(emu: Emulator, variant: ClientVariant, now: Date): BookHandle {
  const back = emu.book;
  const book = emu.createBook({ name: variant.name });
  emu.activate(book);
  emu.run('boussoleInitialiser');
  const grids = exampleGrids(now);
  answer(grids, 'Entreprise', variant.entreprise);
  answer(grids, 'Projet', variant.projet);
  variant.edit?.(grids, now);
  typeGrids(book, grids);
  if (variant.rapport) writeHistorique(book, { ...variant.rapport, mois: addMonths(monthKey(now), -1) }, now);
  emu.run('boussoleActualiserTableauDeBord');
  emu.activate(back);
  return book;
}
