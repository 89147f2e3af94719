// The opening greeting (SPEC §3 v2): on an initialised classeur, one toast with the weather of the
// month and the late and blocked actions. Reads each input tab once, writes nothing, never throws.

import { INPUT_TABS, TAB } from '../contract';
import { buildGreeting } from '../core/panel/greeting';
import { readClasseur } from '../workbook/reader';
import { readSheetValues } from './read';
import { toast } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Seconds the greeting stays on screen. */
const GREETING_SECONDS = 10;

/**
 * Shows the greeting when the eight input tabs and `Tableau de bord` exist (`Historique` is not
 * needed); on any other classeur, or on any error, shows nothing. Returns the text shown, or null.
 * Calls: one getSheetByName per tab checked (9), one getSheetValues per input tab (8), one toast.
 */
export function greet(ss: Spreadsheet): string | null {
  try {
    if (!ss.getSheetByName(TAB.tableau)) return null;
    const grids: Record<string, unknown[][]> = {};
    for (const name of INPUT_TABS) {
      const sheet = ss.getSheetByName(name);
      if (!sheet) return null;
      grids[name] = readSheetValues(sheet);
    }
    const message = buildGreeting(readClasseur(grids), new Date());
    toast(ss, message, GREETING_SECONDS);
    return message;
  } catch (error) {
    console.error(error);
    return null;
  }
}
