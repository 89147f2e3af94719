// Recommendations of the monthly report (SPEC §6 section 6): channel reallocation by CAC over
// three months (v2) and backlog quick wins.

import { channelsOfMonth, COL, channelName, sumsOfMonth, type MeasuresIndex } from '../indicators/values';
import { formatEuros, formatNumber } from '../format';
import { addMonths } from '../months';
import { roundCents } from '../numbers';
import { quadrant, scoreIdea } from '../planning/scoring';
import type { BacklogIdea, MonthKey } from '../types';
import { clip } from '../quote';

/** The highest CAC must be at least this multiple of the lowest to recommend a reallocation. */
export const REALLOCATION_RATIO_MIN = 2;
/** Share of the highest-CAC channel's month spend to move. */
export const REALLOCATION_SHARE = 0.3;
/** Months the CAC is measured over: the report month and the two before it (v2). */
export const REALLOCATION_MONTHS = 3;
/** New clients a channel needs over those months for its CAC to count (a smaller sample proves nothing). */
export const REALLOCATION_MIN_CLIENTS = 5;
/** Quick wins shown at most. */
export const QUICK_WINS_MAX = 3;

/** A recommended move of spend from the most to the least expensive channel. */
export interface Reallocation {
  depuis: string;
  vers: string;
  /** CAC over the three months (Σ Dépenses / Σ Nouveaux clients). */
  cacDepuis: number;
  cacVers: number;
  /** cacDepuis / cacVers. */
  ratio: number;
  /** Spend of `depuis` in the report month. */
  depensesDepuis: number;
  /** 30 % of `depensesDepuis`, in cents. */
  montant: number;
  message: string;
}

interface ChannelCac { cle: string; cac: number; depensesMois: number }

/** Channels with Σ Dépenses > 0 and at least 5 new clients over the month and the two before, first-seen order. */
function channelCacs(index: MeasuresIndex, month: MonthKey): ChannelCac[] {
  const months = Array.from({ length: REALLOCATION_MONTHS }, (_, i) => addMonths(month, i - REALLOCATION_MONTHS + 1));
  const canaux = [...new Set(months.flatMap((m) => channelsOfMonth(index, m)))];
  const out: ChannelCac[] = [];
  for (const cle of canaux) {
    const sums = months.map((m) => sumsOfMonth(index, m, cle)?.valeurs);
    const depenses = sums.reduce((t, v) => t + (v?.get(COL.depenses) ?? 0), 0);
    const clients = sums.reduce((t, v) => t + (v?.get(COL.nouveauxClients) ?? 0), 0);
    const depensesMois = sums[sums.length - 1]?.get(COL.depenses) ?? 0;
    if (depenses > 0 && clients >= REALLOCATION_MIN_CLIENTS) out.push({ cle, cac: depenses / clients, depensesMois });
  }
  return out;
}

/**
 * (v2) CAC per channel over the report month and the two months before it, among channels with
 * Σ Dépenses > 0 and at least 5 Nouveaux clients over those months: if the highest CAC is at least
 * twice the lowest (exactly 2 fires), move 30 % of the highest-CAC channel's spend of the report
 * month to the lowest-CAC one. Ties keep first-seen channel order. Null when it does not apply,
 * including when the expensive channel spent nothing in the report month (nothing to move).
 */
export function channelReallocation(index: MeasuresIndex, month: MonthKey): Reallocation | null {
  const canaux = channelCacs(index, month);
  if (canaux.length < 2) return null;
  const cher = canaux.reduce((a, b) => (b.cac > a.cac ? b : a));
  const economique = canaux.reduce((a, b) => (b.cac < a.cac ? b : a));
  if (cher.cac < REALLOCATION_RATIO_MIN * economique.cac - 1e-9 || cher.depensesMois <= 0) return null;
  const montant = roundCents(cher.depensesMois * REALLOCATION_SHARE);
  const depuis = channelName(index, cher.cle);
  const vers = channelName(index, economique.cle);
  return {
    depuis, vers, cacDepuis: cher.cac, cacVers: economique.cac, ratio: cher.cac / economique.cac,
    depensesDepuis: cher.depensesMois, montant,
    message: `Déplacer ${formatEuros(montant)} par mois (30 % des dépenses du mois) de « ${clip(depuis)} » (CAC ${formatEuros(cher.cac)} sur 3 mois) vers « ${clip(vers)} » (CAC ${formatEuros(economique.cac)}) : le client y coûte ${formatNumber(cher.cac / economique.cac)} fois moins cher.`,
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
