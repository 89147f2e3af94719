// `Tableau de bord` sections fed by `Mesures` and `Objectifs`: CAC, conversion and ROAS per channel
// for the month (SUMIFS by Canal and Semaine between the month's bounds), and each objective's
// value for the month, target and progression (BOUSSOLE_PROGRESSION, one formula for the column).

import { TAB, TABLES } from '../../contract';
import { columnOf } from '../cells';
import { columnRef, datesOfMonth, quotient, ifFilled, type Criterion } from './formulas';
import { fmt, formula, type Grid } from './grid';
import { EURO, INTEGER_FORMAT } from './plan';
import { channelKey, derivedOf, indexMeasures, ALL_CHANNELS } from '../indicators/values';
import { normalize } from '../text';
import type { Workbook, Objective } from '../types';

const TAUX = '0.0%';
const RATIO = '0.00';
const NOMBRE = '#,##0';

/** Summed Mesures columns, in table order after the three ratios. */
const SOMMES = ['Dépenses', 'Nouveaux clients', 'Visites', 'Conversions', 'Chiffre d\'affaires'] as const;

/** Number format of a derived indicator (reader spelling); any other indicator is a plain number. */
const FORMAT_INDICATEUR: Readonly<Record<string, string>> = { CAC: EURO, 'Taux de conversion': TAUX, ROAS: RATIO, 'Panier moyen': EURO };

/** Counts of Mesures (Visites, Leads…) as whole numbers, its euro columns in €, other columns with two
 *  decimals: no `#,##0.##`, which Sheets shows `12,` for a whole number. */
function plainFormat(indicateur: string): string {
  const spec = TABLES.mesures.find((c) => normalize(c.header) === normalize(indicateur));
  if (spec?.kind === 'euro') return EURO;
  return spec ? NOMBRE : '#,##0.00';
}

/** Own key lookup: an indicator typed `constructor` must not find Object.prototype's. */
function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Contract header of a Mesures column named as indicators.ts keys it (normalized). */
function measuresHeader(cle: string): string {
  return TABLES.mesures.find((spec) => normalize(spec.header) === cle)?.header ?? cle;
}

/** A text literal inside a formula. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function mesures(classeur: Workbook) {
  const col = (h: string) => columnRef(TAB.mesures, columnOf(classeur, TAB.mesures, h));
  return { col, semaine: col('Semaine'), canal: col('Canal') };
}

/** Channels met in Mesures (any month), display spelling, first-seen order. */
function channelsOfMeasures(classeur: Workbook): string[] {
  return [...indexMeasures(classeur.mesures).canaux.values()];
}

/** Canaux du mois: one row per channel plus « Tous les canaux »; ratios empty on division by zero. */
export function channelsSection(g: Grid, classeur: Workbook): void {
  const m = mesures(classeur);
  g.add(['Canaux du mois'], 'section');
  g.add(['Canal', 'CAC', 'Taux de conversion', 'ROAS', ...SOMMES], 'entete');
  const ligne = (label: string, criteres: readonly Criterion[]) => {
    const r = g.row;
    const sommes = SOMMES.map((h, i) => fmt(formula(`=${datesOfMonth(m.col(h), m.semaine, criteres)}`), i === 0 || i === 4 ? EURO : INTEGER_FORMAT));
    g.add([label,
      fmt(formula(`=${quotient(`E${r}`, `F${r}`)}`), EURO),
      fmt(formula(`=${quotient(`H${r}`, `G${r}`)}`), TAUX),
      fmt(formula(`=${quotient(`I${r}`, `E${r}`)}`), RATIO),
      ...sommes]);
    return r;
  };
  const first = g.row;
  for (const canal of channelsOfMeasures(classeur)) ligne(canal, [[m.canal, `$A${g.row}`]]);
  if (g.row > first) g.mark('canaux', first, g.row - 1);
  ligne('Tous les canaux', []);
}

/** The value formula of one objective for the month ('' when its indicator has no column). */
function objectiveValue(classeur: Workbook, objectif: Objective): string {
  const m = mesures(classeur);
  const criteres: Criterion[] = channelKey(objectif.canal) === ALL_CHANNELS ? [] : [[m.canal, literal(objectif.canal.trim())]];
  const sumOf = (header: string | null) => datesOfMonth(header === null ? null : m.col(header), m.semaine, criteres);
  const cle = normalize(objectif.indicateur);
  const derive = derivedOf(cle);
  if (derive) return `=${quotient(sumOf(measuresHeader(derive.num)), sumOf(measuresHeader(derive.den)))}`;
  const header = Object.keys(classeur.colonnes[TAB.mesures] ?? {}).find((h) => normalize(h) === cle);
  if (header === undefined) return '=""';
  return `=IF(${sumOf(null)}=0,"",${sumOf(header)})`;
}

/** Objectifs: value of the month, target, start (live references) and progression. */
export function objectivesSection(g: Grid, classeur: Workbook): void {
  g.add(['Objectifs du mois'], 'section');
  g.add(['Objectif', 'Progression', 'Valeur du mois', 'Cible', 'Valeur de départ', 'Sens'], 'entete');
  const first = g.row;
  const n = classeur.objectifs.length;
  const last = first + n - 1;
  const ref = (h: string, row: number) => formula(ifFilled(`${TAB.objectifs}!$${columnOf(classeur, TAB.objectifs, h)}$${row}`));
  classeur.objectifs.forEach((o, i) => {
    const progression = i === 0 ? formula(`=BOUSSOLE_PROGRESSION(E${first}:E${last},C${first}:C${last},D${first}:D${last})`) : '';
    const format = ownValue(FORMAT_INDICATEUR, o.indicateur) ?? plainFormat(o.indicateur);
    g.add([`${o.indicateur} — ${channelKey(o.canal) === ALL_CHANNELS ? 'Tous' : o.canal.trim()}`,
      fmt(progression, '0%'), fmt(formula(objectiveValue(classeur, o)), format),
      fmt(ref('Cible', o.row), format), fmt(ref('Valeur de départ', o.row), format), o.sens]);
  });
  if (n > 0) g.mark('objectifs', first, last);
  else g.add(['Aucun objectif dans l’onglet Objectifs.'], 'aide');
}
