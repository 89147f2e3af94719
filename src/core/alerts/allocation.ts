// Alerts on how the budget is laid out (SPEC §6 v2): Budget non aligné (the postes do not add up
// to Budget annuel) and Répartition déséquilibrée (horizons far from the maturity split).

import { HORIZONS, type Horizon } from '../../contract';
import type { Alert } from './types';
import { MATURITY_SHARES } from '../budget/split';
import { totalPlanned } from '../budget/tracking';
import { columnRangeRef } from '../cells';
import type { MonthContext } from './context';
import { formatEuros, formatPercent } from '../format';
import { roundCents } from '../numbers';
import { cadrageRef } from './framing';

const EPS = 1e-9;
/** Σ Montant prévu may differ from Budget annuel by at most this share of it. */
export const ALIGNMENT_TOLERANCE = 0.1;
/** A horizon's share may differ from the maturity split by at most this many points. */
export const SPLIT_TOLERANCE = 0.15;
/** Above this share on Résultats rapides the trap is « tout-payant ». */
export const ALL_PAID_SHARE = 0.6;
/** Under this share on Résultats rapides the trap is « tout-organique ». */
export const ALL_ORGANIC_SHARE = 0.1;

function plannedRange(ctx: MonthContext, header: string): string[] {
  const rows = ctx.classeur.budget.map((p) => p.row);
  return rows.length === 0 ? [] : [columnRangeRef(ctx.classeur, 'Budget', header, Math.min(...rows), Math.max(...rows))];
}

/** Budget non aligné: Budget annuel > 0 and Σ Montant prévu differs from it by more than 10 % (10 % exactly does not fire). */
export function alertBudgetNotAligned(ctx: MonthContext): Alert | null {
  const annuel = ctx.classeur.cadrage.budgetAnnuel;
  if (annuel === null || annuel <= 0) return null;
  const prevu = totalPlanned(ctx.classeur.budget);
  const ecart = roundCents(prevu - annuel);
  if (Math.abs(ecart) <= roundCents(annuel * ALIGNMENT_TOLERANCE)) return null;
  const over = ecart > 0;
  return {
    signal: 'Budget non aligné',
    niveau: 'orange',
    message: `Les postes du Budget totalisent ${formatEuros(prevu)} prévus, ${over ? 'au-dessus' : 'en dessous'} du budget annuel du Cadrage (${formatEuros(annuel)}) de ${formatPercent(Math.abs(ecart) / annuel)}.`,
    cellules: [...plannedRange(ctx, 'Montant prévu'), cadrageRef(ctx, 'budgetAnnuel')],
    conseil: over
      ? 'Réduisez des montants prévus ou relevez le budget annuel : les postes doivent tenir dans le budget décidé.'
      : 'Répartissez le reste du budget annuel entre les postes (menu « Répartir le budget selon la maturité ») ou corrigez le budget annuel.',
  };
}

/** Share of Σ Montant prévu on each horizon. */
function horizonShares(ctx: MonthContext, total: number): Record<Horizon, number> {
  const shares = { 'Long terme': 0, 'Résultats rapides': 0, 'Optimisation & imprévus': 0 } as Record<Horizon, number>;
  for (const p of ctx.classeur.budget) if (p.horizon !== null) shares[p.horizon] += (p.montantPrevu ?? 0) / total;
  return shares;
}

function trapOf(rapides: number): 'tout-payant' | 'tout-organique' | null {
  if (rapides > ALL_PAID_SHARE + EPS) return 'tout-payant';
  if (rapides < ALL_ORGANIC_SHARE - EPS) return 'tout-organique';
  return null;
}

const TRAP_ADVICE = {
  'tout-payant': 'Le « tout-payant » s’arrête dès que la publicité s’arrête : rééquilibrez vers le long terme (site, contenus, CRM, formation).',
  'tout-organique': 'Le « tout-organique » est lent : gardez une part de résultats rapides pour montrer des résultats dès les premiers mois.',
} as const;

/**
 * Répartition déséquilibrée: Maturité digitale set, Σ Montant prévu > 0 and a horizon's share more
 * than 15 points away from the maturity split; names the trap « tout-payant » (Résultats rapides
 * > 60 %) or « tout-organique » (< 10 %).
 */
export function alertUnbalancedSplit(ctx: MonthContext): Alert | null {
  const maturite = ctx.classeur.cadrage.maturite;
  const total = totalPlanned(ctx.classeur.budget);
  if (maturite === null || total <= 0) return null;
  const shares = horizonShares(ctx, total);
  const target = MATURITY_SHARES[maturite];
  const off = HORIZONS.filter((h) => Math.abs(shares[h] - target[h]) > SPLIT_TOLERANCE + EPS);
  if (off.length === 0) return null;
  const trap = trapOf(shares['Résultats rapides']);
  const split = HORIZONS.map((h) => formatPercent(target[h]).replace(' %', '')).join(' / ');
  const details = off.map((h) => `${h} ${formatPercent(shares[h])} (conseillé ${formatPercent(target[h])})`).join(', ');
  return {
    signal: 'Répartition déséquilibrée',
    niveau: 'orange',
    message: `Budget prévu éloigné de la répartition conseillée pour une maturité « ${maturite} » (${split} %) : ${details}${trap ? ` — piège du « ${trap} »` : ''}.`,
    cellules: [...plannedRange(ctx, 'Horizon'), cadrageRef(ctx, 'maturite')],
    conseil: trap ? TRAP_ADVICE[trap] : 'Rapprochez les montants prévus de la répartition conseillée (menu « Répartir le budget selon la maturité »).',
  };
}
