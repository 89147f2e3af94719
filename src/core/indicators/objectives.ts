// Objectives of the month (SPEC §6 section 3): value, progression, trend vs the previous month,
// and the customer lifetime value ratio CLV:CAC per channel.

import type { Sens } from '../../contract';
import { cellRef } from '../cells';
import { channelKey, channelsOfMonth, COL, indexMeasures, knownIndicator, channelName, sumsOfMonth, ALL_CHANNELS, indicatorValue, type MeasuresIndex } from './values';
import { clv, progress } from './kpis';
import { addMonths } from '../months';
import { ratio } from '../numbers';
import type { Cadrage, Workbook, MonthKey, Objective } from '../types';

/** Raw direction of a value vs the previous month. */
export type Trend = '▲' | '▼' | '=';

/** Relative gap under which two values are considered equal (`=`). */
export const TREND_TOLERANCE = 1e-9;

/** Direction of `valeur` vs `precedente`; null when either is unknown. */
export function trend(valeur: number | null, precedente: number | null): Trend | null {
  if (valeur === null || precedente === null) return null;
  const scale = Math.max(1, Math.abs(valeur), Math.abs(precedente));
  if (Math.abs(valeur - precedente) <= TREND_TOLERANCE * scale) return '=';
  return valeur > precedente ? '▲' : '▼';
}

/** True when the trend goes the way `Sens` wants (▲ for Hausse, ▼ for Baisse); null for `=` or unknown. */
export function isFavourableTrend(t: Trend | null, sens: Sens): boolean | null {
  if (t === null || t === '=') return null;
  return (t === '▲') === (sens === 'Hausse');
}

/** One objective evaluated for a month. */
export interface MonthIndicator {
  indicateur: string;
  /** Display channel: `Tous` when empty. */
  canal: string;
  sens: Sens;
  valeur: number | null;
  valeurPrecedente: number | null;
  depart: number | null;
  cible: number | null;
  progression: number | null;
  tendance: Trend | null;
  favorable: boolean | null;
  /** False when the indicator is neither a Mesures column nor a derived indicator. */
  connu: boolean;
  responsable: string;
  cellule: string;
}

/** Value, progression and trend of one objective for `month`. */
export function evaluateObjective(classeur: Workbook, index: MeasuresIndex, objectif: Objective, month: MonthKey): MonthIndicator {
  const valeur = indicatorValue(index, objectif.indicateur, month, objectif.canal);
  const valeurPrecedente = indicatorValue(index, objectif.indicateur, addMonths(month, -1), objectif.canal);
  const { depart, cible } = objectif;
  const t = trend(valeur, valeurPrecedente);
  return {
    indicateur: objectif.indicateur,
    canal: channelKey(objectif.canal) === ALL_CHANNELS ? 'Tous' : objectif.canal.trim(),
    sens: objectif.sens,
    valeur,
    valeurPrecedente,
    depart,
    cible,
    progression: valeur === null || depart === null || cible === null ? null : progress(depart, valeur, cible),
    tendance: t,
    favorable: isFavourableTrend(t, objectif.sens),
    connu: knownIndicator(index, objectif.indicateur),
    responsable: objectif.responsable,
    cellule: cellRef(classeur, 'Objectifs', 'Indicateur', objectif.row),
  };
}

/** CLV:CAC of one channel over a month. */
export interface ClvCac {
  canal: string;
  cle: string;
  panierMoyen: number;
  clv: number;
  cac: number;
  ratio: number;
  /** Sheet rows of the channel's Mesures of the month. */
  lignes: number[];
}

/** True when Cadrage holds what CLV needs (achats par an and durée). */
export function clvAvailable(cadrage: Cadrage): boolean {
  return cadrage.achatsParAn !== null && cadrage.dureeRelation !== null;
}

/**
 * CLV:CAC per channel for the month, where CLV = panier moyen (CA / conversions) × achats par an ×
 * durée × marge and CAC = dépenses / nouveaux clients. Channels where either is undefined are left out.
 */
export function clvCacByChannel(cadrage: Cadrage, index: MeasuresIndex, month: MonthKey): ClvCac[] {
  if (!clvAvailable(cadrage)) return [];
  const out: ClvCac[] = [];
  for (const cle of channelsOfMonth(index, month)) {
    const sommes = sumsOfMonth(index, month, cle);
    if (!sommes) continue;
    const v = (col: string) => sommes.valeurs.get(col) ?? null;
    const panier = ratio(v(COL.chiffreAffaires), v(COL.conversions));
    const cacCanal = ratio(v(COL.depenses), v(COL.nouveauxClients));
    if (panier === null || cacCanal === null || cacCanal <= 0) continue;
    const valeurClient = clv(panier, cadrage.achatsParAn ?? 0, cadrage.dureeRelation ?? 0, cadrage.margeBrute);
    out.push({ canal: channelName(index, cle), cle, panierMoyen: panier, clv: valeurClient, cac: cacCanal,
      ratio: valeurClient / cacCanal, lignes: sommes.lignes.map((m) => m.row) });
  }
  return out;
}

/** Every objective of the classeur evaluated for `month` (index Mesures once and pass it when you have it). */
export function indicatorsOfMonth(classeur: Workbook, month: MonthKey, index: MeasuresIndex = indexMeasures(classeur.mesures)): MonthIndicator[] {
  return classeur.objectifs.map((objectif) => evaluateObjective(classeur, index, objectif, month));
}
