// Warning-only protections (SPEC §4): the header rows of the input tabs and the columns Boussole
// computes. Idempotent: a protection already there (same sheet, description, first cell) is kept
// and only resized; a second run adds nothing.

import { INPUT_TABS, TAB, TABLES } from '../contract';
import { matchHeaders } from '../workbook/headers';
import { columnLetter } from './cells';
import { ritualsHeaderAt } from '../workbook/read-governance';
import { grids, type TabData } from './actions/tabs';

/** Description of the header-row protections. */
const PROTECTION_EN_TETES = 'Boussole : en-têtes';
/** Description of the computed-column protections. */
const PROTECTION_CALCULS = 'Boussole : colonnes calculées';

interface Cible { sheet: string; a1: string; description: string }

/** Ranges to protect, from the tabs' current header rows. */
function protectionTargets(grids: Partial<Record<string, unknown[][]>>): Cible[] {
  const cibles: Cible[] = [];
  for (const tab of INPUT_TABS) {
    const grid = grids[tab];
    if (!grid || grid.length === 0) continue;
    const headerRow = (at: number) => {
      const width = Math.max(1, (grid[at] ?? []).length);
      cibles.push({ sheet: tab, a1: `A${at + 1}:${columnLetter(width)}${at + 1}`, description: PROTECTION_EN_TETES });
    };
    headerRow(0);
    const rituals = tab === TAB.gouvernance ? ritualsHeaderAt(grid) : -1;
    if (rituals > 0) headerRow(rituals);
    if (tab === TAB.cadrage && grid.length > 1) cibles.push({ sheet: tab, a1: `A2:A${grid.length}`, description: PROTECTION_EN_TETES });
  }
  for (const [tab, specs] of [[TAB.backlog, TABLES.backlog], [TAB.plan, TABLES.plan]] as const) {
    const header = grids[tab]?.[0];
    if (!header) continue;
    const { index } = matchHeaders(header, specs);
    for (const spec of specs.filter((s) => 'computed' in s && s.computed)) {
      const at = index[spec.header];
      if (at !== undefined) cibles.push({ sheet: tab, a1: `${columnLetter(at + 1)}2:${columnLetter(at + 1)}`, description: PROTECTION_CALCULS });
    }
  }
  return cibles;
}

const firstCell = (a1: string) => a1.split(':')[0] ?? a1;
const keyOf = (description: string, a1: string) => `${description}|${firstCell(a1)}`;

/** Adds the missing warning-only protections to the input tabs as read; returns how many were added. */
export function protectHeaders(onglets: ReadonlyMap<string, TabData>): number {
  const cibles = protectionTargets(grids(onglets));
  let added = 0;
  for (const tab of new Set(cibles.map((c) => c.sheet))) {
    const sheet = onglets.get(tab)?.sheet;
    if (!sheet) continue;
    const existing = new Map<string, { protection: GoogleAppsScript.Spreadsheet.Protection; a1: string }>();
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const description = p.getDescription();
      if (!description.startsWith('Boussole :')) continue;
      const a1 = p.getRange().getA1Notation();
      existing.set(keyOf(description, a1), { protection: p, a1 });
    }
    for (const cible of cibles.filter((c) => c.sheet === tab)) {
      const found = existing.get(keyOf(cible.description, cible.a1));
      if (found && (cible.description !== PROTECTION_EN_TETES || found.a1 === cible.a1)) continue;
      // A header row that grew (columns added by Initialiser) gets a protection as wide as it.
      found?.protection.remove();
      sheet.getRange(cible.a1).protect().setDescription(cible.description).setWarningOnly(true);
      if (!found) added += 1;
    }
  }
  return added;
}
