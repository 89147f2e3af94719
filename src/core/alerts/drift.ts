// Dérive du projet (SPEC §6 v2): the project as a whole drifts — one line per part that fires,
// each judged only when its inputs are filled: budget, délai, rythme.

import type { Alert } from './types';
import type { MonthContext } from './context';
import { daysBetween, formatDateFr } from '../months';
import { formatEuros, formatPercent, plural } from '../format';
import { roundCents } from '../numbers';
import { cadrageRef } from './framing';

const EPS = 1e-9;
/** Délai is rouge when the Date butoir is more than this many days past. */
export const DEADLINE_RED_DAYS = 30;
/** Rythme fires when spending runs ahead of the elapsed year by more than this share. */
export const PACE_TOLERANCE = 0.2;
/** Days of the year over which Budget annuel is spread. */
export const YEAR_DAYS = 365;

/** Elapsed share of the year on R: min(1, days from Début to R / 365), 0 before Début. */
export function elapsedShare(debut: Date, reference: Date): number {
  return Math.min(1, Math.max(0, daysBetween(debut, reference) / YEAR_DAYS));
}

/** budget: actual to date > Budget annuel × (1 + seuil) — rouge. */
function budgetPart(ctx: MonthContext): Alert | null {
  const { budgetAnnuel: annuel, seuilAlerte: seuil } = ctx.classeur.cadrage;
  if (annuel === null || annuel <= 0 || !(ctx.reelADate > roundCents(annuel * (1 + seuil)))) return null;
  return {
    signal: 'Dérive du projet',
    niveau: 'rouge',
    message: `Budget du projet dépassé : ${formatEuros(ctx.reelADate)} dépensés à ce jour pour un budget annuel de ${formatEuros(annuel)} (+${formatPercent((ctx.reelADate - annuel) / annuel)}), au-delà du seuil d’alerte de ${formatPercent(seuil)}.`,
    cellules: [cadrageRef(ctx, 'budgetAnnuel'), cadrageRef(ctx, 'seuilAlerte')],
    conseil: 'Décidez en revue : poursuivre, recadrer ou arrêter ? Comparez ce qui reste à dépenser au bénéfice encore attendu, et cherchez une solution plus simple (outil standard, périmètre réduit).',
  };
}

/** délai: R > Date butoir while Minimum utile livré le is empty — rouge beyond 30 days, else orange. */
function deadlinePart(ctx: MonthContext): Alert | null {
  const { dateButoir, minimumUtileLivre } = ctx.classeur.cadrage;
  if (dateButoir === null || minimumUtileLivre !== null) return null;
  const late = daysBetween(dateButoir, ctx.reference);
  if (late <= 0) return null;
  return {
    signal: 'Dérive du projet',
    niveau: late > DEADLINE_RED_DAYS ? 'rouge' : 'orange',
    message: `Date butoir du ${formatDateFr(dateButoir)} dépassée de ${plural(late, 'jour')} et le minimum utile n’est pas livré (« Minimum utile livré le » vide).`,
    cellules: [cadrageRef(ctx, 'dateButoir'), cadrageRef(ctx, 'minimumUtileLivre')],
    conseil: 'Réduisez le périmètre pour livrer le minimum utile au plus vite ; dès qu’il est en service, inscrivez sa date dans « Minimum utile livré le ».',
  };
}

/** rythme: actual to date / Budget annuel exceeds the elapsed share of the year by more than 20 points — orange. */
function pacePart(ctx: MonthContext): Alert | null {
  const annuel = ctx.classeur.cadrage.budgetAnnuel;
  if (annuel === null || annuel <= 0 || ctx.debut === null) return null;
  const spent = ctx.reelADate / annuel;
  const elapsed = elapsedShare(ctx.debut, ctx.reference);
  if (!(spent - elapsed > PACE_TOLERANCE + EPS)) return null;
  return {
    signal: 'Dérive du projet',
    niveau: 'orange',
    message: `Dépenses en avance sur le calendrier : ${formatPercent(spent)} du budget annuel consommé (${formatEuros(ctx.reelADate)} sur ${formatEuros(annuel)}) pour ${formatPercent(elapsed)} de l’année écoulée depuis le début de la feuille de route.`,
    cellules: [cadrageRef(ctx, 'budgetAnnuel'), cadrageRef(ctx, 'debutFeuilleDeRoute')],
    conseil: 'À ce rythme le budget sera épuisé avant la fin de l’année : étalez les dépenses restantes ou revoyez le budget annuel en revue mensuelle.',
  };
}

/** Dérive du projet: the lines of the parts that fire, in the order budget, délai, rythme. */
export function alertsProjectDrift(ctx: MonthContext): Alert[] {
  return [budgetPart(ctx), deadlinePart(ctx), pacePart(ctx)].filter((a): a is Alert => a !== null);
}
