// The comité's budget (SPEC §4 v2): planned and actual per horizon for the quarter (Plan rows whose
// `Mois` is in it), cumulated (planned from Début's month to the quarter's end, actual to date), and
// beside it the maturity split of `Budget annuel` (§5) against the postes' `Montant prévu`.

import { HORIZONS, type Horizon, type Maturite } from '../../contract';
import { MATURITY_SHARES } from '../budget/split';
import { posteActual, totalPlanned, type PlanByPoste } from '../budget/tracking';
import { roundCents } from '../numbers';
import { normalize } from '../text';
import type { MonthKey, Workbook } from '../types';

/** One horizon's figures; `horizon` null gathers amounts of postes unknown or without horizon. */
export interface ComiteBudgetLine {
  horizon: Horizon | null;
  prevuTrimestre: number;
  reelTrimestre: number;
  /** Σ Budget prévu from Début's month (all months when Début is empty) to the quarter's last month. */
  prevuCumule: number;
  /** The horizon's share of the actual to date (§6). */
  reelADate: number;
}

/** The maturity split of one horizon beside what `Budget` plans for it. */
export interface MaturityLine {
  horizon: Horizon;
  /** The maturity's share (§5), null without a maturity. */
  partCible: number | null;
  /** Budget annuel × share, null without a Budget annuel or a maturity. */
  montantCible: number | null;
  /** Σ Montant prévu of the horizon's postes. */
  montantPrevu: number;
  /** montantPrevu / Σ Montant prévu, null when nothing is planned. */
  partPrevue: number | null;
}

/** The whole budget section. */
export interface ComiteBudget {
  lignes: ComiteBudgetLine[];
  total: ComiteBudgetLine;
  maturite: Maturite | null;
  repartition: MaturityLine[];
}

function emptyLine(horizon: Horizon | null): ComiteBudgetLine {
  return { horizon, prevuTrimestre: 0, reelTrimestre: 0, prevuCumule: 0, reelADate: 0 };
}

/** Horizon of each normalized poste (first row of a poste typed twice wins). */
function horizonsByPoste(classeur: Workbook): Map<string, Horizon | null> {
  const out = new Map<string, Horizon | null>();
  for (const p of classeur.budget) if (!out.has(normalize(p.poste))) out.set(normalize(p.poste), p.horizon);
  return out;
}

/** Adds each poste's actual (Réel, else its Plan rows) to its horizon, each poste once, as actual to date does. */
function addPosteActuals(classeur: Workbook, lines: Map<Horizon | null, ComiteBudgetLine>, parPoste: PlanByPoste): void {
  const seen = new Set<string>();
  for (const poste of classeur.budget) {
    const key = normalize(poste.poste);
    const line = lines.get(poste.horizon) as ComiteBudgetLine;
    if (poste.reel !== null) line.reelADate += poste.reel;
    else if (!seen.has(key)) line.reelADate += posteActual(poste, parPoste);
    seen.add(key);
  }
}

/** Adds the Plan rows: quarter figures, planned cumulated, and actual of rows on no known poste. */
function addPlanRows(classeur: Workbook, lines: Map<Horizon | null, ComiteBudgetLine>, months: readonly MonthKey[], from: MonthKey | null): void {
  const horizonOf = horizonsByPoste(classeur);
  const last = months[months.length - 1] ?? '';
  for (const a of classeur.plan) {
    const key = normalize(a.poste);
    const line = lines.get(horizonOf.get(key) ?? null) as ComiteBudgetLine;
    if (!horizonOf.has(key)) line.reelADate += a.budgetReel ?? 0;
    if (a.mois === null) continue;
    if (months.includes(a.mois)) {
      line.prevuTrimestre += a.budgetPrevu ?? 0;
      line.reelTrimestre += a.budgetReel ?? 0;
    }
    if (a.mois <= last && (from === null || a.mois >= from)) line.prevuCumule += a.budgetPrevu ?? 0;
  }
}

function rounded(l: ComiteBudgetLine): ComiteBudgetLine {
  return { horizon: l.horizon, prevuTrimestre: roundCents(l.prevuTrimestre), reelTrimestre: roundCents(l.reelTrimestre),
    prevuCumule: roundCents(l.prevuCumule), reelADate: roundCents(l.reelADate) };
}

/** Maturity split of `Budget annuel` per horizon beside the planned `Montant prévu`. */
export function maturityLines(classeur: Workbook): MaturityLine[] {
  const { maturite, budgetAnnuel } = classeur.cadrage;
  const total = totalPlanned(classeur.budget);
  return HORIZONS.map((horizon) => {
    const partCible = maturite === null ? null : MATURITY_SHARES[maturite][horizon];
    const montantPrevu = roundCents(classeur.budget.filter((p) => p.horizon === horizon).reduce((s, p) => s + (p.montantPrevu ?? 0), 0));
    return { horizon, partCible, montantCible: partCible === null || budgetAnnuel === null ? null : roundCents(budgetAnnuel * partCible),
      montantPrevu, partPrevue: total > 0 ? montantPrevu / total : null };
  });
}

/**
 * The budget of the quarter whose months are `months`, `from` being Début's month (null when
 * empty). The « sans horizon » line is kept only when it holds an amount; the total's `reelADate`
 * is the actual to date of §6.
 */
export function buildComiteBudget(classeur: Workbook, months: readonly MonthKey[], from: MonthKey | null, parPoste: PlanByPoste): ComiteBudget {
  const lines = new Map<Horizon | null, ComiteBudgetLine>([...HORIZONS.map((h) => [h, emptyLine(h)] as const), [null, emptyLine(null)]]);
  addPosteActuals(classeur, lines, parPoste);
  addPlanRows(classeur, lines, months, from);
  const lignes = [...lines.values()].map(rounded)
    .filter((l) => l.horizon !== null || l.prevuTrimestre + l.reelTrimestre + l.prevuCumule + l.reelADate !== 0);
  const sum = (pick: (l: ComiteBudgetLine) => number) => roundCents(lignes.reduce((s, l) => s + pick(l), 0));
  const total = { horizon: null, prevuTrimestre: sum((l) => l.prevuTrimestre), reelTrimestre: sum((l) => l.reelTrimestre),
    prevuCumule: sum((l) => l.prevuCumule), reelADate: sum((l) => l.reelADate) };
  return { lignes, total, maturite: classeur.cadrage.maturite, repartition: maturityLines(classeur) };
}
