// Objectives of the month (SPEC §6 section 3): value, progression, trend vs the previous month,
// and the customer lifetime value ratio CLV:CAC per channel.

import type { Sens } from '../workbook/contract';
import { cellRef } from './cells';
import { canalKey, canauxDuMois, COL, indexMesures, indicateurConnu, nomCanal, sommesDuMois, TOUS, valeurIndicateur, type MesuresIndex } from './indicators';
import { clv, progression } from './kpis';
import { addMonths } from './months';
import { ratio } from './numbers';
import type { Cadrage, Classeur, MonthKey, Objectif } from './types';

/** Raw direction of a value vs the previous month. */
export type Tendance = '▲' | '▼' | '=';

/** Relative gap under which two values are considered equal (`=`). */
export const TENDANCE_TOLERANCE = 1e-9;

/** Direction of `valeur` vs `precedente`; null when either is unknown. */
export function tendance(valeur: number | null, precedente: number | null): Tendance | null {
  if (valeur === null || precedente === null) return null;
  const scale = Math.max(1, Math.abs(valeur), Math.abs(precedente));
  if (Math.abs(valeur - precedente) <= TENDANCE_TOLERANCE * scale) return '=';
  return valeur > precedente ? '▲' : '▼';
}

/** True when the trend goes the way `Sens` wants (▲ for Hausse, ▼ for Baisse); null for `=` or unknown. */
export function tendanceFavorable(t: Tendance | null, sens: Sens): boolean | null {
  if (t === null || t === '=') return null;
  return (t === '▲') === (sens === 'Hausse');
}

/** One objective evaluated for a month. */
export interface IndicateurDuMois {
  indicateur: string;
  /** Display channel: `Tous` when empty. */
  canal: string;
  sens: Sens;
  valeur: number | null;
  valeurPrecedente: number | null;
  depart: number | null;
  cible: number | null;
  progression: number | null;
  tendance: Tendance | null;
  favorable: boolean | null;
  /** False when the indicator is neither a Mesures column nor a derived indicator. */
  connu: boolean;
  responsable: string;
  cellule: string;
}

/** Value, progression and trend of one objective for `month`. */
export function evaluerObjectif(classeur: Classeur, index: MesuresIndex, objectif: Objectif, month: MonthKey): IndicateurDuMois {
  const valeur = valeurIndicateur(index, objectif.indicateur, month, objectif.canal);
  const valeurPrecedente = valeurIndicateur(index, objectif.indicateur, addMonths(month, -1), objectif.canal);
  const { depart, cible } = objectif;
  const t = tendance(valeur, valeurPrecedente);
  return {
    indicateur: objectif.indicateur,
    canal: canalKey(objectif.canal) === TOUS ? 'Tous' : objectif.canal.trim(),
    sens: objectif.sens,
    valeur,
    valeurPrecedente,
    depart,
    cible,
    progression: valeur === null || depart === null || cible === null ? null : progression(depart, valeur, cible),
    tendance: t,
    favorable: tendanceFavorable(t, objectif.sens),
    connu: indicateurConnu(index, objectif.indicateur),
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
export function clvDisponible(cadrage: Cadrage): boolean {
  return cadrage.achatsParAn !== null && cadrage.dureeRelation !== null;
}

/**
 * CLV:CAC per channel for the month, where CLV = panier moyen (CA / conversions) × achats par an ×
 * durée × marge and CAC = dépenses / nouveaux clients. Channels where either is undefined are left out.
 */
export function clvCacParCanal(cadrage: Cadrage, index: MesuresIndex, month: MonthKey): ClvCac[] {
  if (!clvDisponible(cadrage)) return [];
  const out: ClvCac[] = [];
  for (const cle of canauxDuMois(index, month)) {
    const sommes = sommesDuMois(index, month, cle);
    if (!sommes) continue;
    const v = (col: string) => sommes.valeurs.get(col) ?? null;
    const panier = ratio(v(COL.chiffreAffaires), v(COL.conversions));
    const cacCanal = ratio(v(COL.depenses), v(COL.nouveauxClients));
    if (panier === null || cacCanal === null || cacCanal <= 0) continue;
    const valeurClient = clv(panier, cadrage.achatsParAn ?? 0, cadrage.dureeRelation ?? 0, cadrage.margeBrute);
    out.push({ canal: nomCanal(index, cle), cle, panierMoyen: panier, clv: valeurClient, cac: cacCanal,
      ratio: valeurClient / cacCanal, lignes: sommes.lignes.map((m) => m.row) });
  }
  return out;
}

/** Every objective of the classeur evaluated for `month` (index Mesures once and pass it when you have it). */
export function indicateursDuMois(classeur: Classeur, month: MonthKey, index: MesuresIndex = indexMesures(classeur.mesures)): IndicateurDuMois[] {
  return classeur.objectifs.map((objectif) => evaluerObjectif(classeur, index, objectif, month));
}
