// The monthly report as a pure model (SPEC §6): the eight sections in order, the five-line
// synthesis of the e-mail and the count of skipped rows. Rendering lives elsewhere.

import type { Meteo } from '../workbook/contract';
import { alertesDuContexte, meteoDuContexte } from './alerts';
import { actionsBloquees } from './alertsPlan';
import type { Alerte } from './alertTypes';
import { budgetParHorizon, partExperimentation, partHumain, postesEnDepassement, totalPrevu, type BudgetHorizon, type Depassement } from './budgetTracking';
import { contexteMois, type ContexteMois } from './context';
import { isoDate, monthLabelFr } from './months';
import { roundCents } from './numbers';
import { indicateursDuMois, type IndicateurDuMois } from './objectives';
import { quickWins, reallocationCanaux, scoreDe, type Reallocation } from './recommendations';
import { sectionActions, sectionMoisProchain, type SectionActions, type SectionMoisProchain } from './reportActions';
import { decisionsAPrendre, synthese } from './reportSynthesis';
import type { Classeur, MonthKey, Probleme } from './types';

/** Section 4. */
export interface SectionBudget {
  horizons: BudgetHorizon[];
  /** Totals of every line (horizon `null`). */
  total: BudgetHorizon;
  partHumain: number | null;
  partExperimentation: number | null;
  /** Every poste over Montant prévu × 1.10 (orange) or × (1 + seuil) (rouge). */
  depassements: Depassement[];
  /** The postes over the alert threshold (rouge), the list SPEC asks for in section 4. */
  postesAuDelaDuSeuil: Depassement[];
  seuil: number;
}

/** A quick win of section 6. */
export interface QuickWin { id: string; idee: string; score: number | null; ligne: number }

/** The whole report model; Dates are doubled by ISO strings for JSON payloads. */
export interface RapportMensuel {
  mois: MonthKey;
  moisLibelle: string;
  titre: string;
  projet: string;
  entreprise: string;
  genereLe: Date;
  genereLeIso: string;
  /** R, the reference date the month is judged on. */
  reference: Date;
  referenceIso: string;
  meteo: Meteo;
  actions: SectionActions;
  indicateurs: IndicateurDuMois[];
  budget: SectionBudget;
  alertes: Alerte[];
  recommandations: { reallocation: Reallocation | null; quickWins: QuickWin[] };
  moisProchain: SectionMoisProchain;
  decisions: string[];
  /** Exactly five lines for the e-mail body. */
  synthese: string[];
  /** Rows the reader left out, and the reading problems to mention (tab, cell, French message). */
  lignesIgnorees: number;
  problemes: readonly Probleme[];
}

function sommeLignes(lines: readonly BudgetHorizon[], total: number): BudgetHorizon {
  const sum = (pick: (l: BudgetHorizon) => number) => roundCents(lines.reduce((s, l) => s + pick(l), 0));
  return { horizon: null, montantPrevu: sum((l) => l.montantPrevu), reel: sum((l) => l.reel), part: total > 0 ? 1 : null,
    prevuMois: sum((l) => l.prevuMois), reelMois: sum((l) => l.reelMois), prevuCumul: sum((l) => l.prevuCumul), reelCumul: sum((l) => l.reelCumul) };
}

function sectionBudget(ctx: ContexteMois): SectionBudget {
  const { classeur, month } = ctx;
  const horizons = budgetParHorizon(classeur, month, ctx.parPoste);
  const seuil = classeur.cadrage.seuilAlerte;
  const depassements = postesEnDepassement(classeur.budget, ctx.parPoste, seuil);
  return {
    horizons, total: sommeLignes(horizons, totalPrevu(classeur.budget)),
    partHumain: partHumain(classeur.budget), partExperimentation: partExperimentation(classeur.budget),
    depassements, postesAuDelaDuSeuil: depassements.filter((d) => d.niveau === 'rouge'), seuil,
  };
}

/** Number of rows the reader left out because of a problem (for « N lignes ignorées »). */
export function lignesIgnorees(classeur: Classeur): number {
  return classeur.problemes.reduce((count, p) => count + (p.lignesIgnorees ?? 0), 0);
}

/** Builds the report of `month` as of `today` (R = the earlier of today and the next month's first day). */
export function buildMonthlyReport(classeur: Classeur, month: MonthKey, today: Date): RapportMensuel {
  const ctx = contexteMois(classeur, month, today);
  const { cadrage } = classeur;
  const alertes = alertesDuContexte(ctx);
  const meteo = meteoDuContexte(ctx, alertes);
  const actions = sectionActions(ctx);
  const indicateurs = indicateursDuMois(classeur, month, ctx.mesures);
  const budget = sectionBudget(ctx);
  const moisLibelle = monthLabelFr(month);
  return {
    mois: month, moisLibelle, titre: `Rapport mensuel — ${cadrage.projet || 'Projet'} — ${moisLibelle}`,
    projet: cadrage.projet, entreprise: cadrage.entreprise,
    genereLe: today, genereLeIso: isoDate(today), reference: ctx.reference, referenceIso: isoDate(ctx.reference),
    meteo, actions, indicateurs, budget, alertes,
    recommandations: {
      reallocation: reallocationCanaux(ctx.mesures, month),
      quickWins: quickWins(classeur.backlog).map((i) => ({ id: i.id, idee: i.idee, score: scoreDe(i), ligne: i.row })),
    },
    moisProchain: sectionMoisProchain(ctx),
    decisions: decisionsAPrendre(actionsBloquees(classeur.plan, month), budget.depassements),
    synthese: synthese(meteo, actions, indicateurs, { consomme: budget.total.reel, prevu: totalPrevu(classeur.budget) }, alertes),
    lignesIgnorees: lignesIgnorees(classeur),
    problemes: classeur.problemes,
  };
}
