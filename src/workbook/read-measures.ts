// Reads `Mesures` and `Objectifs` (SPEC §2). A Mesures row without a valid Semaine is skipped;
// an Objectifs row without an Indicateur is skipped; other bad cells are blanked with a problem.

import { clip } from '../core/quote';
import { DERIVED_INDICATORS, SENS, TAB, TABLES, type Sens } from '../contract';
import type { Measure, Objective } from '../core/types';
import { unreadable, type ReadProblem } from './messages';
import { rowSchemas } from './schemas';
import { readTable, validated } from './table';
import type { ReadResult } from './read-plan';
import type { Row } from './row';
import { INVALID, parseNumber } from '../core/numbers';
import { isBlank, matchEnum, normalize } from '../core/text';

/** An extra column is an indicator when more than half of its filled cells are numbers. */
function numericColumns(extras: readonly number[], rows: readonly unknown[][]): number[] {
  return extras.filter((column) => {
    const filled = rows.map((row) => row[column]).filter((value) => !isBlank(value));
    const numbers = filled.filter((value) => typeof parseNumber(value) === 'number').length;
    return numbers > 0 && numbers * 2 > filled.length;
  });
}

/**
 * `Mesures`: `valeurs` holds every numeric cell, keyed by the contract header or the typed one;
 * `indicateurs` lists those keys (contract columns first). Semaine is filled down like a merge.
 * A channel typed in several ways (`Site`, `site `) takes its first spelling; `canaux` lists them.
 */
export function readMesures(grid: unknown[][] | undefined, problemes: ReadProblem[]): ReadResult<Measure> & { indicateurs: string[]; canaux: string[] } {
  const keys = ['Semaine', 'Canal'];
  const valueSpecs = TABLES.mesures.filter((spec) => !keys.includes(spec.header));
  let indicators: number[] = [];
  const table = readTable(grid, TABLES.mesures, TAB.mesures, problemes, {
    fillDown: ['Semaine'],
    keys: ['Semaine'],
    extraInputs: (extras, rows) => (indicators = numericColumns(extras, rows)),
  });
  const taken = new Set(TABLES.mesures.map((spec) => normalize(spec.header)));
  const extraKeys = table.extras.filter((e) => indicators.includes(e.column) && e.header !== '' && !taken.has(normalize(e.header)));
  const rows: Measure[] = [];
  const canaux = new Map<string, string>();
  for (const l of table.lignes) {
    const semaine = l.date('Semaine', true);
    const typed = l.text('Canal');
    const canalKey = normalize(typed);
    const canal = canaux.get(canalKey) ?? typed;
    canaux.set(canalKey, canal);
    const valeurs: Record<string, number> = {};
    for (const { header, kind } of valueSpecs) {
      const value = l.number(header, kind === 'euro' ? 'euro' : 'number');
      if (value !== null) valeurs[header] = value;
    }
    for (const { column, header } of extraKeys) {
      const value = l.values[column];
      const parsed = parseNumber(value);
      if (typeof parsed === 'number') valeurs[header] = parsed;
      else if (parsed === INVALID) l.report(header, unreadable(header, value, 'number'));
    }
    if (semaine === null) continue;
    const mesure = validated(rowSchemas().MESURE, { row: l.row, semaine, canal, valeurs }, l, 'Semaine');
    if (mesure !== null) rows.push(mesure);
  }
  const indicateurs = [...valueSpecs.map((spec) => spec.header), ...extraKeys.map((e) => e.header)];
  return { rows, colonnes: { ...table.context.letters }, indicateurs, canaux: [...canaux.values()] };
}

/** Canonical spelling of an indicator: a derived one, a Mesures column, or null when unknown. */
function indicator(l: Row, known: readonly string[]): string | null {
  const typed = l.text('Indicateur');
  if (typed === '') return null;
  const match = matchEnum(typed, [...DERIVED_INDICATORS, ...known]);
  if (match !== null) return match;
  const attendu = `une colonne de Mesures (${known.join(', ')}) ou ${DERIVED_INDICATORS.join(', ')}`;
  l.report('Indicateur', `indicateur « ${clip(typed)} » inconnu — attendu : ${attendu}`);
  return typed;
}

/** Sens left empty or unknown: Baisse when the target is below the start (or for a CAC), else Hausse. */
function inferredSens(indicateur: string, depart: number | null, cible: number | null): Sens {
  if (depart !== null && cible !== null) return cible < depart ? 'Baisse' : 'Hausse';
  return indicateur === 'CAC' ? 'Baisse' : 'Hausse';
}

/**
 * `Objectifs`: `known` lists the Mesures indicator keys, `canaux` the Mesures channel spellings
 * (an objective's channel takes that spelling); `Canal` `Tous` reads as '' (all channels).
 */
export function readObjectifs(grid: unknown[][] | undefined, problemes: ReadProblem[], known: readonly string[], canaux: readonly string[] = []): ReadResult<Objective> {
  const table = readTable(grid, TABLES.objectifs, TAB.objectifs, problemes, { keys: ['Indicateur'] });
  const rows: Objective[] = [];
  for (const l of table.lignes) {
    const indicateur = indicator(l, known);
    if (indicateur === null) l.requiredText('Indicateur');
    const canal = l.text('Canal');
    const sens = l.choice('Sens', SENS);
    const depart = l.number('Valeur de départ');
    const cible = l.number('Cible');
    const candidate = {
      row: l.row, canal: normalize(canal) === 'tous' ? '' : matchEnum(canal, canaux) ?? canal, depart, cible,
      echeance: l.date('Échéance'), responsable: l.text('Responsable'),
    };
    if (indicateur === null) continue;
    const objectif = validated(rowSchemas().OBJECTIF, { ...candidate, indicateur, sens: sens ?? inferredSens(indicateur, depart, cible) }, l, 'Indicateur');
    if (objectif !== null) rows.push(objectif);
  }
  return { rows, colonnes: { ...table.context.letters } };
}
