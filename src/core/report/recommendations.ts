// Recommendations of the monthly report (SPEC §6 section 6): channel reallocation by CAC and
// backlog quick wins.

import { channelsOfMonth, COL, channelName, sumsOfMonth, type MeasuresIndex } from '../indicators/values';
import { formatEuros, formatNumber } from '../format';
import { roundCents } from '../numbers';
import { quadrant, scoreIdea } from '../planning/scoring';
import type { BacklogIdea, MonthKey } from '../types';

/** The highest CAC must be at least this multiple of the lowest to recommend a reallocation. */
export const REALLOCATION_RATIO_MIN = 2;
/** Share of the highest-CAC channel's month spend to move. */
export const REALLOCATION_SHARE = 0.3;
/** Quick wins shown at most. */
export const QUICK_WINS_MAX = 3;

/** A recommended move of spend from the most to the least expensive channel. */
export interface Reallocation {
  depuis: string;
  vers: string;
  cacDepuis: number;
  cacVers: number;
  /** cacDepuis / cacVers. */
  ratio: number;
  depensesDepuis: number;
  /** 30 % of the month spend of `depuis`, in cents. */
  montant: number;
  message: string;
}

/**
 * Over the month, among channels with Dépenses > 0 and Nouveaux clients > 0: if the highest CAC is at
 * least twice the lowest (exactly 2 fires), move 30 % of the highest-CAC channel's spend to the
 * lowest-CAC one. Ties keep first-seen channel order. Null when it does not apply.
 */
export function channelReallocation(index: MeasuresIndex, month: MonthKey): Reallocation | null {
  const canaux: Array<{ cle: string; cac: number; depenses: number }> = [];
  for (const cle of channelsOfMonth(index, month)) {
    const valeurs = sumsOfMonth(index, month, cle)?.valeurs;
    const depenses = valeurs?.get(COL.depenses) ?? 0;
    const clients = valeurs?.get(COL.nouveauxClients) ?? 0;
    if (depenses > 0 && clients > 0) canaux.push({ cle, cac: depenses / clients, depenses });
  }
  if (canaux.length < 2) return null;
  const cher = canaux.reduce((a, b) => (b.cac > a.cac ? b : a));
  const economique = canaux.reduce((a, b) => (b.cac < a.cac ? b : a));
  if (cher.cac < REALLOCATION_RATIO_MIN * economique.cac - 1e-9) return null;
  const montant = roundCents(cher.depenses * REALLOCATION_SHARE);
  const depuis = channelName(index, cher.cle);
  const vers = channelName(index, economique.cle);
  return {
    depuis, vers, cacDepuis: cher.cac, cacVers: economique.cac, ratio: cher.cac / economique.cac,
    depensesDepuis: cher.depenses, montant,
    message: `Déplacer ${formatEuros(montant)} par mois (30 % des dépenses) de « ${depuis} » (CAC ${formatEuros(cher.cac)}) vers « ${vers} » (CAC ${formatEuros(economique.cac)}) : le client y coûte ${formatNumber(cher.cac / economique.cac)} fois moins cher.`,
  };
}

/** Score of an idea: the sheet's value, else recomputed from its notes; null when unknown. */
export function scoreOf(idee: BacklogIdea): number | null {
  if (idee.score !== null) return idee.score;
  if (idee.valeur === null || idee.complexite === null || idee.urgence === null) return null;
  return scoreIdea(idee.valeur, idee.complexite, idee.urgence);
}

/** Quadrant of an idea: the sheet's value, else recomputed from impact × faisabilité. */
export function quadrantOf(idee: BacklogIdea): BacklogIdea['quadrant'] {
  if (idee.quadrant !== null) return idee.quadrant;
  return idee.impact === null || idee.faisabilite === null ? null : quadrant(idee.impact, idee.faisabilite);
}

/** Backlog quick wins: Quadrant `Démarrer`, no Décision yet, highest Score first (ties keep sheet order), at most 3. */
export function quickWins(backlog: readonly BacklogIdea[], max = QUICK_WINS_MAX): BacklogIdea[] {
  return backlog
    .filter((idee) => quadrantOf(idee) === 'Démarrer' && idee.decision === null)
    .map((idee, order) => ({ idee, order, score: scoreOf(idee) ?? -1 }))
    .sort((a, b) => b.score - a.score || a.idee.row - b.idee.row || a.order - b.order)
    .slice(0, max)
    .map((entry) => entry.idee);
}
