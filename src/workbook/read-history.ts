// Reads `Historique` (SPEC §2 v2), the tab the add-on owns: one row per generated report month.
// Tolerant like every reader (headers in any order, `Mois` as text `AAAA-MM` or a date); a row
// without a readable `Mois` is left out; a bad figure is blanked. Problems stay local: the tab is
// Boussole's, so they never count as the user's « lignes ignorées ».

import { METEOS, TAB, TABLES, type ColumnSpec, type Meteo } from '../contract';
import type { HistoryRow, MonthKey } from '../core/types';
import { normalize } from '../core/text';
import type { ReadProblem } from './messages';
import type { Row } from './row';
import { readTable } from './table';

/** Every column counts as input here (they are all computed by the add-on, not typed). */
const HISTORY_SPECS: readonly ColumnSpec[] = TABLES.historique.map(({ header, kind, note }) => ({ header, kind, note }));

/** `⛈️ Orageux`, `orageux` or `Orageux` → the contract weather; anything else → null. */
function weatherOf(l: Row): Meteo | null {
  const word = (text: string): string => normalize(text).replace(/[^a-z]/g, '');
  const typed = word(l.text('Météo'));
  return typed === '' ? null : METEOS.find((m) => word(m) === typed) ?? null;
}

/** Rows of `Historique` (latest first as stored), the first row of each month only. */
export function readHistory(grid: readonly unknown[][] | undefined, problemes: ReadProblem[] = []): HistoryRow[] {
  const table = readTable(grid, HISTORY_SPECS, TAB.historique, problemes);
  const seen = new Set<MonthKey>();
  const rows: HistoryRow[] = [];
  for (const l of table.lignes) {
    const mois = l.month('Mois');
    if (mois === null || seen.has(mois)) continue;
    seen.add(mois);
    rows.push({
      row: l.row, mois, genereLe: l.date('Généré le'), meteo: weatherOf(l),
      signauxRouges: l.number('Signaux rouges'), signauxOrange: l.number('Signaux orange'),
      tauxRealisation: l.number('Taux de réalisation', 'percent'), actionsDuMois: l.number('Actions du mois'),
      enRetard: l.number('En retard'), bloquees: l.number('Bloquées'),
      budgetPrevuCumule: l.number('Budget prévu cumulé', 'euro'), reelCumule: l.number('Réel cumulé', 'euro'),
      budgetAnnuel: l.number('Budget annuel', 'euro'),
    });
  }
  return rows;
}

