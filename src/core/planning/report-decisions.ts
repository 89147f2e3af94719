// The revue mensuelle reads the last report as it was written (SPEC §4 v2): the latest
// `Rapport AAAA-MM` tab, and the lines under its « Décisions à prendre » title. Reading the tab
// rather than recomputing keeps what the team actually read, for any month, whatever the data
// became since, and depends only on the section's contract title, not on the report's model.

import { REPORT_TAB_PREFIX } from '../../contract';
import { normalize } from '../text';

const TITLE = normalize('Décisions à prendre');
/** Section titles of §6 (in case a layout puts one after it): the whole line, or the title then « — ». */
const TITLES = ['actions du mois', 'indicateurs', 'budget', 'signaux d\'alerte', 'recommandations', 'mois prochain'];
/** The report's footer lines. */
const FOOTERS = ['genere par boussole', '⚠'];

function endsSection(key: string): boolean {
  return TITLES.some((t) => key === t || key.startsWith(`${t} —`)) || FOOTERS.some((f) => key.startsWith(f));
}
/** Lines taken at most (a checklist, not the report). */
const MAX_POINTS = 20;

/** The month (`AAAA-MM`) of the latest report among tab names, and that name; null when none. */
export function latestReportTab(names: readonly string[]): { onglet: string; mois: string } | null {
  const pattern = new RegExp(`^${REPORT_TAB_PREFIX}(\\d{4}-(0[1-9]|1[0-2]))$`);
  let best: { onglet: string; mois: string } | null = null;
  for (const onglet of names) {
    const mois = pattern.exec(onglet)?.[1];
    if (mois !== undefined && (best === null || mois > best.mois)) best = { onglet, mois };
  }
  return best;
}

/** The first text of a row in columns A or B. */
function lineOf(row: readonly unknown[] | undefined): string {
  const cell = [row?.[0], row?.[1]].find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof cell === 'string' ? cell.trim() : '';
}

/**
 * Lines under « Décisions à prendre » (column A or B) until the next section title, the footer or
 * the end; numbering (`1. `) removed; « Aucune décision… » and « … et N autres » are not decisions.
 */
export function reportDecisions(grid: readonly (readonly unknown[])[]): string[] {
  const start = grid.findIndex((row) => normalize(lineOf(row)) === TITLE);
  if (start < 0) return [];
  const points: string[] = [];
  for (const row of grid.slice(start + 1)) {
    const line = lineOf(row);
    const key = normalize(line);
    if (line === '') continue;
    if (endsSection(key)) break;
    if (key.startsWith('aucune decision') || line.startsWith('…')) continue;
    points.push(line.replace(/^\d+\.\s*/, ''));
    if (points.length === MAX_POINTS) break;
  }
  return points;
}
