// The ten custom formulas of SPEC §5, as the globals Google Sheets calls. Each broadcasts over
// ranges like a native array function and never throws: problems are `⚠` texts per cell.
// Only the formulas are exported here (every export becomes a global).

import { MATURITES, STATUTS, type Statut } from '../contract';
import {
  DIFFERENT_RANGES, asGrid, broadcast, cite, isAlerte, asNumber, asNote, numeric, optional,
  percent, single,
} from '../core/formulas/broadcast';
import { quadrant, scoreIdea, QUADRANT_THRESHOLD } from '../core/planning/scoring';
import { budgetSplit } from '../core/budget/split';
import { cac, clv, variance, progress, roas, conversionRate } from '../core/indicators/kpis';
import { weatherOfActions } from '../core/alerts/weather';
import { INVALID } from '../core/numbers';
import { parseDate } from '../core/months';
import { isBlank, matchEnum } from '../core/text';
import { gridFromSheet, todayInSheet } from '../gas/zone';

/** Score 0–100 of backlog ideas from their 1–5 notes. */
export function BOUSSOLE_SCORE(valeur: unknown, complexite: unknown, urgence: unknown): unknown {
  return broadcast([valeur, complexite, urgence], numeric([asNote, asNote, asNote], scoreIdea));
}

/** Quadrant Démarrer / Préparer / Écarter of the impact × feasibility matrix (seuil 3 by default). */
export function BOUSSOLE_QUADRANT(impact: unknown, faisabilite: unknown, seuil?: unknown): unknown {
  const readThreshold = optional((v) => (isAlerte(asNote(v)) ? '⚠ seuil attendu entre 1 et 5' : asNote(v)), QUADRANT_THRESHOLD);
  return broadcast([impact, faisabilite, seuil], numeric([asNote, asNote, readThreshold], quadrant));
}

/** The 5 × 3 split `[libellé, part, montant]` of an annual budget by digital maturity. */
export function BOUSSOLE_BUDGET(total: unknown, maturite: unknown): unknown {
  const montant = single(total);
  const niveau = single(maturite);
  if (montant === undefined || niveau === undefined) return '⚠ une seule cellule attendue pour le total et la maturité';
  if (isBlank(montant) || isBlank(niveau)) return '';
  const somme = asNumber(montant);
  if (isAlerte(somme)) return somme;
  if (somme === null || somme < 0) return '⚠ total attendu : un montant positif';
  const canonique = matchEnum(niveau, MATURITES);
  if (canonique === null) return '⚠ maturité attendue : Débutante, Intermédiaire ou Mature';
  return budgetSplit(somme, canonique).map((ligne) => [ligne.libelle, ligne.part, ligne.montant]);
}

/**
 * Budget gap `(reel − prevu) / prevu`; `⚠ non budgété` when nothing was planned but money spent
 * (a planned amount below one cent counts as nothing: no gap of Infinity).
 */
export function BOUSSOLE_ECART(prevu: unknown, reel: unknown): unknown {
  const planned = (p: number) => (Math.abs(p) < 0.01 ? 0 : p);
  return broadcast([prevu, reel], numeric([asNumber, asNumber], (p, r) => (planned(p) === 0 && r > 0 ? '⚠ non budgété' : variance(planned(p), r))));
}

/** Progress `(actuel − depart) / (cible − depart)`, not clamped. */
export function BOUSSOLE_PROGRESSION(depart: unknown, actuel: unknown, cible: unknown): unknown {
  return broadcast([depart, actuel, cible], numeric([asNumber, asNumber, asNumber], progress));
}

/** Customer acquisition cost `depenses / nouveaux_clients`. */
export function BOUSSOLE_CAC(depenses: unknown, nouveaux_clients: unknown): unknown {
  return broadcast([depenses, nouveaux_clients], numeric([asNumber, asNumber], cac));
}

/** Return on ad spend `chiffre_affaires / depenses`. */
export function BOUSSOLE_ROAS(chiffre_affaires: unknown, depenses: unknown): unknown {
  return broadcast([chiffre_affaires, depenses], numeric([asNumber, asNumber], roas));
}

/** Conversion rate `conversions / visites`. */
export function BOUSSOLE_CONVERSION(conversions: unknown, visites: unknown): unknown {
  return broadcast([conversions, visites], numeric([asNumber, asNumber], conversionRate));
}

/** Customer lifetime value `panier_moyen × achats_par_an × duree_annees × marge` (marge 100 % by default). */
export function BOUSSOLE_CLV(panier_moyen: unknown, achats_par_an: unknown, duree_annees: unknown, marge?: unknown): unknown {
  return broadcast([panier_moyen, achats_par_an, duree_annees, marge], numeric([asNumber, asNumber, asNumber, optional(percent, 1)], clv));
}

/** Reads the (statut, échéance) pairs of METEO; a `⚠` text on the first bad cell. */
function actions(statuts: unknown, echeances: unknown): Array<{ statut: Statut; echeance: Date | null }> | string {
  const s = asGrid(statuts) ?? [[statuts]];
  const e = asGrid(echeances) ?? (isBlank(echeances) ? s.map((row) => row.map(() => '')) : [[echeances]]);
  if (s.length !== e.length || s.some((row, r) => row.length !== (e[r]?.length ?? -1))) return DIFFERENT_RANGES;
  const result: Array<{ statut: Statut; echeance: Date | null }> = [];
  for (const [r, row] of s.entries()) {
    for (const [c, value] of row.entries()) {
      if (isBlank(value)) continue;
      const statut = matchEnum(value, STATUTS);
      if (statut === null) return `⚠ statut « ${cite(value)} » inconnu — attendu : ${STATUTS.join(', ')}`;
      const echeance = parseDate(e[r]?.[c] ?? '');
      if (echeance === INVALID) return `⚠ échéance « ${cite(e[r]?.[c])} » illisible — attendu : une date`;
      result.push({ statut, echeance });
    }
  }
  return result;
}

/** Weather of a set of actions as one text (`☀️ Ensoleillé`…), judged on `date` (today by default). */
export function BOUSSOLE_METEO(statuts: unknown, echeances: unknown, date?: unknown): unknown {
  const jour = single(inSheetDays(date));
  if (jour === undefined && date !== undefined) return '⚠ une seule date attendue';
  const reference = isBlank(jour) ? todayInSheet() : parseDate(jour);
  if (reference === INVALID || reference === null) return `⚠ date « ${cite(jour)} » illisible — attendu : une date`;
  const liste = actions(statuts, inSheetDays(echeances));
  if (typeof liste === 'string') return liste;
  return liste.length === 0 ? '' : weatherOfActions(liste, reference);
}

/** A formula argument with its dates (instants at the spreadsheet's midnight) as calendar days. */
function inSheetDays(argument: unknown): unknown {
  if (Array.isArray(argument)) return gridFromSheet(argument as unknown[][]);
  return gridFromSheet([[argument]])[0]?.[0];
}
