// Alerts judged on the Budget (SPEC §6): Dépassement budgétaire (one line per poste),
// Humain sous-investi, Expérimentation.

import type { Alert } from './types';
import { EXPERIMENTATION_SHARE_MAX, EXPERIMENTATION_SHARE_MIN, HUMAN_SHARE_MIN } from '../budget/split';
import { experimentationShare, humanShare, overBudgetPostes, totalPlanned, type Overrun } from '../budget/tracking';
import { cellRef, columnRangeRef } from '../cells';
import type { MonthContext } from './context';
import { formatEuros, formatPercent } from '../format';
import type { BudgetPoste } from '../types';
import { clip } from '../quote';

const EPS = 1e-9;

/** `1 650 € dépensés pour 1 000 € prévus (+65 %)`, or « non budgété » when nothing was planned. */
export function overrunSentence(d: Overrun): string {
  const ecart = d.ecart === null ? 'non budgété' : `+${formatPercent(d.ecart)}`;
  return `${formatEuros(d.reel)} dépensés pour ${formatEuros(d.prevu)} prévus (${ecart})`;
}

/** Dépassement budgétaire: one line per poste over Montant prévu × 1.10; rouge above × (1 + seuil). */
export function alertsOverBudget(ctx: MonthContext): Alert[] {
  const seuil = ctx.classeur.cadrage.seuilAlerte;
  return overBudgetPostes(ctx.classeur.budget, ctx.parPoste, seuil).map((d) => ({
    signal: 'Dépassement budgétaire',
    niveau: d.niveau,
    message: `Poste « ${clip(d.poste.poste)} » : ${overrunSentence(d)}${d.niveau === 'rouge' ? `, au-delà du seuil d’alerte de ${formatPercent(seuil)}` : ''}.`,
    cellules: [cellRef(ctx.classeur, 'Budget', 'Réel', d.poste.row), cellRef(ctx.classeur, 'Budget', 'Montant prévu', d.poste.row)],
    conseil: 'Décidez en revue mensuelle : réallouer depuis un autre poste, réduire les dépenses restantes ou revoir le montant prévu.',
  }));
}

function rangeOf(ctx: MonthContext, header: string, postes: readonly BudgetPoste[]): string[] {
  if (postes.length === 0) return [];
  const rows = postes.map((p) => p.row);
  return [columnRangeRef(ctx.classeur, 'Budget', header, Math.min(...rows), Math.max(...rows))];
}

/** Humain sous-investi: Humain postes < 25 % of the planned budget (exactly 25 % does not fire). */
export function alertHuman(ctx: MonthContext): Alert | null {
  const postes = ctx.classeur.budget;
  const part = humanShare(postes);
  if (part === null || part >= HUMAN_SHARE_MIN - EPS) return null;
  const total = totalPlanned(postes);
  return {
    signal: 'Humain sous-investi',
    niveau: 'orange',
    message: `${formatPercent(part)} du budget prévu (${formatEuros(part * total)} sur ${formatEuros(total)}) va à l’humain (formation, accompagnement, communication interne) — minimum conseillé ${formatPercent(HUMAN_SHARE_MIN)}.`,
    cellules: rangeOf(ctx, 'Nature', postes),
    conseil: 'Prévoyez 1 € de formation et d’accompagnement pour 3 € de technique : ajoutez ou renforcez un poste de nature « Humain ».',
  };
}

/** Expérimentation: `Oui` postes < 10 % or > 15 % of the planned budget (10 % and 15 % do not fire). */
export function alertExperimentation(ctx: MonthContext): Alert | null {
  const postes = ctx.classeur.budget;
  const part = experimentationShare(postes);
  if (part === null) return null;
  const tropPeu = part < EXPERIMENTATION_SHARE_MIN - EPS;
  if (!tropPeu && part <= EXPERIMENTATION_SHARE_MAX + EPS) return null;
  const total = totalPlanned(postes);
  const fourchette = `${formatPercent(EXPERIMENTATION_SHARE_MIN)} à ${formatPercent(EXPERIMENTATION_SHARE_MAX)}`;
  return {
    signal: 'Expérimentation',
    niveau: 'orange',
    message: `${formatPercent(part)} du budget prévu (${formatEuros(part * total)} sur ${formatEuros(total)}) sur des postes d’expérimentation — recommandé : ${fourchette}.`,
    cellules: rangeOf(ctx, 'Expérimentation', postes),
    conseil: tropPeu
      ? 'Réservez 10 à 15 % du budget pour tester des idées nouvelles : marquez « Oui » un poste de test ou créez-en un.'
      : 'Limitez les tests à 15 % du budget : réduisez un poste d’expérimentation au profit des actions qui ont fait leurs preuves.',
  };
}
