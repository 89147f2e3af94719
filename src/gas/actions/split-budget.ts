// Menu « Répartir le budget selon la maturité »: the proposal (€ and %, with the two guide rows)
// in a yes/no dialog, then — on a fresh read under the lock — only the `Montant prévu` cells still
// empty are written, or, on an empty Budget tab, the five starter postes are appended (SPEC §4 v2).

import { TAB, TABLES, type Maturite } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import type { Workbook } from '../../core/types';
import { formatEuros, formatPercent, plural } from '../../core/format';
import { isBlank } from '../../core/text';
import { clip } from '../../core/quote';
import { EXPERIMENTATION_SHARE_MAX } from '../../core/budget/split';
import { MAX_SPLIT_BUDGET, MIN_SPLIT_BUDGET } from '../../core/planning/budget-postes';
import { cadrageCell, missingAnswer } from '../../core/planning/cadrage-check';
import { buildBudgetProposal, type BudgetProposal } from '../../core/planning/budget-proposal';
import { UserError, withDocumentLock } from '../lock';
import { confirm, inform, toast } from '../ui';
import { hasFormula, requiredColumns, grids, readTabs, requiredTab, type TabData } from './tabs';
import { writeProposal } from './split-budget-write';

/** The proposal as the dialog shows it. */
function proposalText(p: BudgetProposal, montantCol: string): string {
  const [lt, rr, oi, humain, experimentation] = p.lignes;
  const ligne = (l: typeof lt) => (l ? `• ${l.libelle} : ${formatPercent(l.part)} — ${formatEuros(l.montant)}` : '');
  const maxExp = formatEuros(p.total * EXPERIMENTATION_SHARE_MAX);
  const lines = [
    `Budget annuel ${formatEuros(p.total)}, maturité ${p.maturite} :`, ligne(lt), ligne(rr), ligne(oi), '',
    'Repères :', `${ligne(humain)} (1 € sur l’humain pour 3 € de technique)`,
    `${ligne(experimentation)} (10 à 15 % recommandés : ${formatEuros(experimentation?.montant ?? 0)} à ${maxExp})`, '',
  ];
  if (p.nouveauxPostes.length > 0) {
    lines.push(`Budget est vide : création de ${p.nouveauxPostes.length} postes, arrondis à l’euro (total ${formatEuros(p.total)}) :`);
    for (const n of p.nouveauxPostes) lines.push(`• ${n.poste} (${n.horizon}, ${n.nature}${n.experimentation === 'Oui' ? ', expérimentation' : ''}) : ${formatEuros(n.montant)} — ${formatPercent(n.montant / p.total)}`);
  } else {
    lines.push(p.remplissages.length > 0 ? 'Cellules « Montant prévu » vides qui seront remplies :' : 'Aucune cellule « Montant prévu » vide à remplir.');
    for (const r of p.remplissages) lines.push(`• ${montantCol}${r.row} « ${clip(r.poste)} » (${r.horizon}) : ${formatEuros(r.montant)}`);
    for (const h of p.couverts) lines.push(`• ${h} : déjà couvert par les montants saisis.`);
    for (const h of p.sansPoste) lines.push(`• ${h} : aucun poste de cet horizon.`);
    if (p.sansHorizon.length > 0) lines.push(`• ${plural(p.sansHorizon.length, 'poste')} sans horizon, laissé${p.sansHorizon.length > 1 ? 's' : ''} vide${p.sansHorizon.length > 1 ? 's' : ''}.`);
  }
  return lines.join('\n');
}

function readCadrageTab(onglets: Map<string, TabData>): { total: number; maturite: Maturite; classeur: Workbook } {
  const classeur = readClasseur(grids(onglets));
  const { budgetAnnuel, maturite } = classeur.cadrage;
  const erreur = missingAnswer(classeur, 'budgetAnnuel', budgetAnnuel !== null, 'un montant en euros')
    ?? missingAnswer(classeur, 'maturite', maturite !== null, 'Débutante, Intermédiaire ou Mature');
  if (erreur) throw new UserError(erreur);
  if (budgetAnnuel === null || maturite === null) throw new UserError('Cadrage incomplet.');
  const cell = `${TAB.cadrage}!${cadrageCell(classeur, 'budgetAnnuel') ?? 'B'}`;
  if (budgetAnnuel < MIN_SPLIT_BUDGET) {
    throw new UserError(`${cell} : « Budget annuel (€) » vaut ${formatEuros(budgetAnnuel)} — attendu : au moins ${formatEuros(MIN_SPLIT_BUDGET)}, un budget plus petit est trop petit pour être réparti. Rien n’a été écrit.`);
  }
  if (budgetAnnuel > MAX_SPLIT_BUDGET) {
    throw new UserError(`${cell} : « Budget annuel (€) » vaut ${formatEuros(budgetAnnuel)} — attendu : un montant en euros jusqu’à ${formatEuros(MAX_SPLIT_BUDGET)}. Rien n’a été écrit.`);
  }
  return { total: budgetAnnuel, maturite, classeur };
}

/** Menu action: Répartir le budget selon la maturité. Returns the closing message. */
export function splitBudget(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const onglets = readTabs(ss, [TAB.cadrage, TAB.budget], [TAB.budget]);
  requiredTab(onglets, TAB.cadrage);
  const budget = requiredTab(onglets, TAB.budget);
  const cols = requiredColumns(budget, TABLES.budget, ['Poste', 'Horizon', 'Montant prévu']);
  const { total, maturite, classeur } = readCadrageTab(onglets);
  const montant = cols['Montant prévu'];
  const vide = (row: number) => isBlank(budget.values[row - 1]?.[montant]) && !hasFormula(budget, row, montant);
  const p = buildBudgetProposal(total, maturite, classeur.budget, vide);
  const texte = proposalText(p, `${TAB.budget}!${classeur.colonnes[TAB.budget]?.['Montant prévu'] ?? 'E'}`);
  if (p.nouveauxPostes.length + p.remplissages.length === 0) {
    inform('Répartition du budget', `${texte}\n\nRien n’a été écrit.`);
    return 'Aucune cellule « Montant prévu » vide : rien n’a été écrit.';
  }
  if (!confirm('Répartition du budget', `${texte}\n\nÉcrire ces montants ?`)) return 'Répartition non écrite (réponse Non).';
  const message = withDocumentLock(() => writeProposal(ss, p));
  toast(ss, message, 10);
  return message;
}
