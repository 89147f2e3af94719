// Indicator values per month and channel from `Mesures` (SPEC §6 section 3): weekly rows summed
// over the month of their `Semaine`, derived indicators as ratios of those sums. Rows are indexed
// once by month and channel so each lookup is O(columns).

import { monthKey } from '../months';
import { ratio } from '../numbers';
import { normalize } from '../text';
import type { Measure, MonthKey } from '../types';

/**
 * Canonical Mesures columns used by the derived indicators, as `normalize` spells them (written out
 * rather than computed: module scope runs on every Apps Script execution).
 */
export const COL = {
  depenses: 'depenses',
  visites: 'visites',
  conversions: 'conversions',
  nouveauxClients: 'nouveaux clients',
  chiffreAffaires: "chiffre d'affaires",
} as const;

/** Derived indicators (normalized name → numerator / denominator columns). Panier moyen divides by Conversions. */
export const DERIVED: Readonly<Record<string, { num: string; den: string }>> = {
  cac: { num: COL.depenses, den: COL.nouveauxClients },
  'taux de conversion': { num: COL.conversions, den: COL.visites },
  roas: { num: COL.chiffreAffaires, den: COL.depenses },
  'panier moyen': { num: COL.chiffreAffaires, den: COL.conversions },
};

/** Channel key for « all channels »: empty or `Tous`. */
export const ALL_CHANNELS = '';

/** Sums of one month and one channel: normalized column → total, plus the rows summed. */
export interface Sums {
  valeurs: Map<string, number>;
  lignes: Measure[];
}

/** Mesures indexed by month then normalized channel (`''` = all channels). */
export interface MeasuresIndex {
  parMois: Map<MonthKey, Map<string, Sums>>;
  /** Display spelling of each channel (first seen), by normalized name. */
  canaux: Map<string, string>;
  /** Every numeric column met, normalized. */
  colonnes: Set<string>;
}

/** Normalized channel; `Tous` and empty both mean all channels. */
export function channelKey(canal: string): string {
  const key = normalize(canal);
  return key === 'tous' ? ALL_CHANNELS : key;
}

function addTo(bucket: Map<string, Sums>, canal: string, mesure: Measure): void {
  let sommes = bucket.get(canal);
  if (!sommes) bucket.set(canal, (sommes = { valeurs: new Map(), lignes: [] }));
  sommes.lignes.push(mesure);
  for (const [header, value] of Object.entries(mesure.valeurs)) {
    const col = normalize(header);
    sommes.valeurs.set(col, (sommes.valeurs.get(col) ?? 0) + value);
  }
}

/** Builds the index in one pass. A row dated the 30th counts in its own month. */
export function indexMeasures(mesures: readonly Measure[]): MeasuresIndex {
  const index: MeasuresIndex = { parMois: new Map(), canaux: new Map(), colonnes: new Set() };
  for (const mesure of mesures) {
    const month = monthKey(mesure.semaine);
    let bucket = index.parMois.get(month);
    if (!bucket) index.parMois.set(month, (bucket = new Map()));
    const canal = channelKey(mesure.canal);
    addTo(bucket, ALL_CHANNELS, mesure);
    if (canal !== ALL_CHANNELS) {
      addTo(bucket, canal, mesure);
      if (!index.canaux.has(canal)) index.canaux.set(canal, mesure.canal.trim());
    }
    for (const header of Object.keys(mesure.valeurs)) index.colonnes.add(normalize(header));
  }
  return index;
}

/** Sums of a month for a channel (`''`/`Tous` = all), or null when no row. */
export function sumsOfMonth(index: MeasuresIndex, month: MonthKey, canal = ALL_CHANNELS): Sums | null {
  return index.parMois.get(month)?.get(channelKey(canal)) ?? null;
}

/** The ratio behind a derived indicator (CAC…), typed in any case; own keys only, so `constructor` is no indicator. */
export function derivedOf(indicateur: string): { num: string; den: string } | undefined {
  const key = normalize(indicateur);
  return Object.prototype.hasOwnProperty.call(DERIVED, key) ? DERIVED[key] : undefined;
}

/** True when `indicateur` is a derived indicator or a numeric column met in Mesures. */
export function knownIndicator(index: MeasuresIndex, indicateur: string): boolean {
  return derivedOf(indicateur) !== undefined || index.colonnes.has(normalize(indicateur));
}

/**
 * Value of an indicator for a month and channel: the month's sum of that column, or for CAC,
 * Taux de conversion, ROAS and Panier moyen the ratio of the month's sums. Null when no data
 * or division by zero.
 */
export function indicatorValue(index: MeasuresIndex, indicateur: string, month: MonthKey, canal = ALL_CHANNELS): number | null {
  const sommes = sumsOfMonth(index, month, canal);
  if (!sommes) return null;
  const derive = derivedOf(indicateur);
  if (derive) return ratio(sommes.valeurs.get(derive.num) ?? null, sommes.valeurs.get(derive.den) ?? null);
  return sommes.valeurs.get(normalize(indicateur)) ?? null;
}

/** Channels (normalized) that have at least one row in the month, in first-seen order. */
export function channelsOfMonth(index: MeasuresIndex, month: MonthKey): string[] {
  return [...(index.parMois.get(month)?.keys() ?? [])].filter((canal) => canal !== ALL_CHANNELS);
}

/** Display name of a normalized channel (`''` → `Tous`). */
export function channelName(index: MeasuresIndex, canal: string): string {
  return canal === ALL_CHANNELS ? 'Tous' : index.canaux.get(canal) ?? canal;
}
