// Alerts judged on the Budget (SPEC §6): Dépassement budgétaire (one line per poste),
// Humain sous-investi, Expérimentation.

import type { Alerte } from './alertTypes';
import { PART_EXPERIMENTATION_MAX, PART_EXPERIMENTATION_MIN, PART_HUMAIN_MIN } from './budget';
import { partExperimentation, partHumain, postesEnDepassement, totalPrevu, type Depassement } from './budgetTracking';
import { cellRef, columnRangeRef } from './cells';
import type { ContexteMois } from './context';
import { formatEuros, formatPercent } from './format';
import type { PosteBudget } from './types';

const EPS = 1e-9;

/** `1 650 € dépensés pour 1 000 € prévus (+65 %)`, or « non budgété » when nothing was planned. */
export function phraseDepassement(d: Depassement): string {
  const ecart = d.ecart === null ? 'non budgété' : `+${formatPercent(d.ecart)}`;
  return `${formatEuros(d.reel)} dépensés pour ${formatEuros(d.prevu)} prévus (${ecart})`;
}

/** Dépassement budgétaire: one line per poste over Montant prévu × 1.10; rouge above × (1 + seuil). */
export function alertesDepassement(ctx: ContexteMois): Alerte[] {
  const seuil = ctx.classeur.cadrage.seuilAlerte;
  return postesEnDepassement(ctx.classeur.budget, ctx.parPoste, seuil).map((d) => ({
    signal: 'Dépassement budgétaire',
    niveau: d.niveau,
    message: `Poste « ${d.poste.poste} » : ${phraseDepassement(d)}${d.niveau === 'rouge' ? `, au-delà du seuil d’alerte de ${formatPercent(seuil)}` : ''}.`,
    cellules: [cellRef(ctx.classeur, 'Budget', 'Réel', d.poste.row), cellRef(ctx.classeur, 'Budget', 'Montant prévu', d.poste.row)],
    conseil: 'Décidez en revue mensuelle : réallouer depuis un autre poste, réduire les dépenses restantes ou revoir le montant prévu.',
  }));
}

function rangeOf(ctx: ContexteMois, header: string, postes: readonly PosteBudget[]): string[] {
  if (postes.length === 0) return [];
  const rows = postes.map((p) => p.row);
  return [columnRangeRef(ctx.classeur, 'Budget', header, Math.min(...rows), Math.max(...rows))];
}

/** Humain sous-investi: Humain postes < 25 % of the planned budget (exactly 25 % does not fire). */
export function alerteHumain(ctx: ContexteMois): Alerte | null {
  const postes = ctx.classeur.budget;
  const part = partHumain(postes);
  if (part === null || part >= PART_HUMAIN_MIN - EPS) return null;
  const total = totalPrevu(postes);
  return {
    signal: 'Humain sous-investi',
    niveau: 'orange',
    message: `${formatPercent(part)} du budget prévu (${formatEuros(part * total)} sur ${formatEuros(total)}) va à l’humain (formation, accompagnement, communication interne) — minimum conseillé ${formatPercent(PART_HUMAIN_MIN)}.`,
    cellules: rangeOf(ctx, 'Nature', postes),
    conseil: 'Prévoyez 1 € de formation et d’accompagnement pour 3 € de technique : ajoutez ou renforcez un poste de nature « Humain ».',
  };
}

/** Expérimentation: `Oui` postes < 10 % or > 15 % of the planned budget (10 % and 15 % do not fire). */
export function alerteExperimentation(ctx: ContexteMois): Alerte | null {
  const postes = ctx.classeur.budget;
  const part = partExperimentation(postes);
  if (part === null) return null;
  const tropPeu = part < PART_EXPERIMENTATION_MIN - EPS;
  if (!tropPeu && part <= PART_EXPERIMENTATION_MAX + EPS) return null;
  const total = totalPrevu(postes);
  const fourchette = `${formatPercent(PART_EXPERIMENTATION_MIN)} à ${formatPercent(PART_EXPERIMENTATION_MAX)}`;
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
