// Menu « Répartir le budget selon la maturité »: the proposal (€ and %, with the two guide rows)
// in a yes/no dialog, then only the empty `Montant prévu` cells are written — or, on an empty
// Budget tab, the three horizon postes are appended.

import { TAB, TABLES, type Maturite } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import type { Workbook } from '../../core/types';
import { formatEuros, formatPercent, plural } from '../../core/format';
import { isBlank } from '../../core/text';
import { EXPERIMENTATION_SHARE_MAX } from '../../core/budget/split';
import { cadrageCell, missingAnswer } from '../../core/planning/cadrage-check';
import { buildBudgetProposal, type BudgetProposal } from '../../core/planning/budget-proposal';
import { UserError, withDocumentLock } from '../lock';
import { confirm, inform, toast } from '../ui';
import { hasFormula, columnWithFormulas, requiredColumns, grids, readTabs, requiredTab, type TabData } from './tabs';
import { appendRows, writeColumns } from './write';

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
    lines.push('Budget est vide : création d’un poste par horizon.');
  } else {
    lines.push(p.remplissages.length > 0 ? 'Cellules « Montant prévu » vides qui seront remplies :' : 'Aucune cellule « Montant prévu » vide à remplir.');
    for (const r of p.remplissages) lines.push(`• ${montantCol}${r.row} « ${r.poste} » (${r.horizon}) : ${formatEuros(r.montant)}`);
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
  if (budgetAnnuel <= 0) {
    throw new UserError(`${TAB.cadrage}!${cadrageCell(classeur, 'budgetAnnuel') ?? 'B'} : « Budget annuel (€) » vaut ${formatEuros(budgetAnnuel)} — attendu : un montant en euros supérieur à 0`);
  }
  return { total: budgetAnnuel, maturite, classeur };
}

/** Writes the accepted proposal: new postes, or the empty cells (one block when the column has no formula). */
function writeAmounts(budget: TabData, p: BudgetProposal, cols: Record<string, number>): void {
  const width = budget.values[0]?.length ?? 0;
  const montant = cols['Montant prévu'] ?? 0;
  if (p.nouveauxPostes.length > 0) {
    appendRows(budget, p.nouveauxPostes.map((n) => {
      const row: unknown[] = Array.from({ length: width }, () => '');
      row[cols.Poste ?? 0] = n.poste;
      row[cols.Horizon ?? 0] = n.horizon;
      row[montant] = n.montant;
      return row;
    }));
    return;
  }
  const byRow = new Map(p.remplissages.map((r) => [r.row, r.montant]));
  const groups = columnWithFormulas(budget, montant) ? p.remplissages.map((r) => [r.row, r.row]) : [[Math.min(...byRow.keys()), Math.max(...byRow.keys())]];
  for (const [first = 2, last = 2] of groups) {
    const rows = Array.from({ length: last - first + 1 }, (_, i) => {
      const row: unknown[] = [];
      row[montant] = byRow.get(first + i) ?? budget.values[first + i - 1]?.[montant] ?? '';
      return row;
    });
    writeColumns(budget, first, rows, [montant]);
  }
}

/** Menu action: Répartir le budget selon la maturité. Returns the closing message. */
export function splitBudget(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const onglets = readTabs(ss, [TAB.cadrage, TAB.budget], [TAB.budget]);
  requiredTab(onglets, TAB.cadrage);
  const budget = requiredTab(onglets, TAB.budget);
  const cols = requiredColumns(budget, TABLES.budget, ['Poste', 'Horizon', 'Montant prévu']);
  const { total, maturite, classeur } = readCadrageTab(onglets);
  const montant = cols['Montant prévu'] ?? 0;
  const vide = (row: number) => isBlank(budget.values[row - 1]?.[montant]) && !hasFormula(budget, row, montant);
  const p = buildBudgetProposal(total, maturite, classeur.budget, vide);
  const texte = proposalText(p, `${TAB.budget}!${classeur.colonnes[TAB.budget]?.['Montant prévu'] ?? 'E'}`);
  const ecritures = p.nouveauxPostes.length + p.remplissages.length;
  if (ecritures === 0) {
    inform('Répartition du budget', `${texte}\n\nRien n’a été écrit.`);
    return 'Aucune cellule « Montant prévu » vide : rien n’a été écrit.';
  }
  if (!confirm('Répartition du budget', `${texte}\n\nÉcrire ces montants ?`)) return 'Répartition non écrite (réponse Non).';
  withDocumentLock(() => writeAmounts(budget, p, cols));
  const message = p.nouveauxPostes.length > 0
    ? `Budget : 3 postes créés (${p.nouveauxPostes.map((n) => `${n.poste} ${formatEuros(n.montant)}`).join(', ')}).`
    : `Budget : ${plural(p.remplissages.length, 'montant prévu rempli', 'montants prévus remplis')} (${formatEuros(p.remplissages.reduce((s, r) => s + r.montant, 0))}).`;
  toast(ss, message, 10);
  return message;
}
