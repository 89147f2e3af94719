// The whole `Tableau de bord` as data (SPEC §2): from the column letters the reader found and the
// channel / objective / poste lists, every cell (value or live formula), number format, style and
// chart. Pure: the gas writer (src/gas/dashboard.ts) only copies it to the sheet in a few calls.

import { TAB } from '../../contract';
import { columnOf } from '../cells';
import { monthFormulas, MONTH_REFS } from './formulas';
import { fmt, Formula, formula, Grid, span, type DashboardCell, type ChartSpec, type Marks, type DashboardStyle } from './grid';
import { channelsSection, objectivesSection } from './measures';
import { sectionActions, sectionBudget, postesSection } from './plan';
import type { Workbook } from '../types';
import { buildChecklist } from '../checklist/checklist';
import { layoutChecklist } from '../checklist/layout';

export type { ChartSpec as GraphiqueSpec, DashboardStyle as Style } from './grid';

/** A1 of the editable month cell. */
export const MONTH_CELL = MONTH_REFS.cell;
/** The month format of the month cell. */
const FORMAT_MOIS = 'mmmm yyyy';
/** Charts start at this 1-based column (K), right of the widest table (A–I). */
const COLONNE_GRAPHIQUES = 11;

/** Everything the writer puts on the tab; all grids are `hauteur` × `largeur`. */
export interface DashboardLayout {
  hauteur: number;
  largeur: number;
  /** Values and formulas (formula text starts with `=`). */
  valeurs: unknown[][];
  /** True where `valeurs` holds a formula (written as is; other strings are user text). */
  formules: boolean[][];
  /** Number format per cell; `General` = leave the spreadsheet's automatic format. */
  formats: string[][];
  styles: DashboardStyle[][];
  graphiques: ChartSpec[];
}

/** Choices that survive a dashboard rebuild. */
export interface DashboardOptions {
  /** A month the user typed in the month cell, kept on rebuild; null → the current month (TODAY). */
  mois?: Date | null;
}

function headerCells(g: Grid, classeur: Workbook, options: DashboardOptions): void {
  const plan = (h: string) => columnOf(classeur, TAB.plan, h);
  g.add(['Tableau de bord', '', 'Formules en direct : à jour sans Boussole. « Actualiser le tableau de bord » reconstruit cet onglet.'], 'titre');
  const mois = options.mois ?? formula('=DATE(YEAR(TODAY()),MONTH(TODAY()),1)');
  g.add(['Mois affiché', fmt(mois, FORMAT_MOIS), { contenu: '← modifiable : tapez une date du mois voulu (ex. 01/11/2026).', style: 'aide' }]);
  const [debut, suivant, ...motifs] = monthFormulas().map((f) => formula(f));
  g.add([{ contenu: 'Critères du mois (calculés)', style: 'aide' }, fmt(debut, 'dd/mm/yyyy', 'aide'), fmt(suivant, 'dd/mm/yyyy', 'aide'),
    ...motifs.map((m) => ({ contenu: m, style: 'aide' as const }))]);
  // TODAY() as the date argument: a custom function recomputes only when its arguments change,
  // and TODAY() changes every day (Sheets refuses only NOW(), RAND(), RANDARRAY() and
  // RANDBETWEEN() as custom-function inputs: « This function is not allowed to reference a cell
  // with NOW(), RAND(), RANDARRAY(), or RANDBETWEEN() »), so the weather turns by itself.
  g.add(['Météo du plan', formula(`=BOUSSOLE_METEO(${TAB.plan}!${plan('Statut')}2:${plan('Statut')},${TAB.plan}!${plan('Échéance')}2:${plan('Échéance')},TODAY())`)]);
  g.blank();
}

function charts(marks: Marks): ChartSpec[] {
  const out: ChartSpec[] = [];
  const add = (type: ChartSpec['type'], titre: string, mark: string, lastColumn: string) => {
    const s = span(marks, mark);
    if (s.last < s.first) return;
    out.push({ type, titre, plages: [`A${s.first - 1}:${lastColumn}${s.last}`], ligne: 1 + out.length * 19, colonne: COLONNE_GRAPHIQUES });
  };
  add('BAR', 'Actions du mois par statut', 'statuts', 'B');
  add('COLUMN', 'Budget prévu et réel cumulés par horizon', 'horizons', 'C');
  add('BAR', 'CAC par canal (€ par nouveau client)', 'canaux', 'B');
  add('BAR', 'Progression des objectifs', 'objectifs', 'B');
  return out;
}

/** The check-list (SPEC §6 v2) as values, at the bottom: title, header, five lines. */
function checklistSection(g: Grid, classeur: Workbook): void {
  layoutChecklist(buildChecklist(classeur)).forEach((row, i) =>
    g.add(i === 0 ? [row[0], row[1], { contenu: row[2], style: 'aide' }] : row, i === 0 ? 'section' : i === 1 ? 'entete' : 'normal'));
}

/** Lays out the dashboard of a classeur (channels, objectives and postes as read now). */
export function dashboardLayout(classeur: Workbook, options: DashboardOptions = {}): DashboardLayout {
  const g = new Grid();
  headerCells(g, classeur, options);
  sectionActions(g, classeur);
  g.blank();
  sectionBudget(g, classeur);
  g.blank();
  postesSection(g, classeur);
  g.blank();
  channelsSection(g, classeur);
  g.blank();
  objectivesSection(g, classeur);
  g.blank();
  checklistSection(g, classeur);
  const hauteur = g.lignes.length;
  const largeur = Math.max(...g.lignes.map((l) => l.length));
  const grid = <T>(pick: (c: DashboardCell | undefined) => T) =>
    g.lignes.map((l) => Array.from({ length: largeur }, (_, i) => pick(l[i])));
  const resolve = (v: unknown) => (v instanceof Formula ? (typeof v.texte === 'string' ? v.texte : v.texte(g.marks)) : v);
  return {
    hauteur, largeur,
    valeurs: grid((c) => (c === undefined ? '' : resolve(c.contenu) ?? '')),
    formules: grid((c) => c?.contenu instanceof Formula),
    formats: grid((c) => c?.format ?? 'General'),
    styles: grid((c) => c?.style ?? 'normal'),
    graphiques: charts(g.marks),
  };
}
