// `Tableau de bord` sections fed by `Mesures` and `Objectifs`: CAC, conversion and ROAS per channel
// for the month (SUMIFS by Canal and Semaine between the month's bounds), and each objective's
// value for the month, target and progression (BOUSSOLE_PROGRESSION, one formula for the column).

import { TAB } from '../workbook/contract';
import { columnOf } from './cells';
import { colonne, datesDuMois, quotient, type Critere } from './dashboard-formulas';
import { fmt, formule, type Grille } from './dashboard-grid';
import { EURO, NOMBRE } from './dashboard-plan';
import { canalKey, indexMesures, TOUS } from './indicators';
import { normalize } from './text';
import type { Classeur, Objectif } from './types';

const TAUX = '0.0%';
const RATIO = '0.00';

/** Summed Mesures columns, in table order after the three ratios. */
const SOMMES = ['Dépenses', 'Nouveaux clients', 'Visites', 'Conversions', 'Chiffre d\'affaires'] as const;

/** Derived indicators: numerator / denominator columns of Mesures (SPEC §2 Objectifs). */
const DERIVES: Record<string, readonly [string, string]> = {
  [normalize('CAC')]: ['Dépenses', 'Nouveaux clients'],
  [normalize('Taux de conversion')]: ['Conversions', 'Visites'],
  [normalize('ROAS')]: ['Chiffre d\'affaires', 'Dépenses'],
  [normalize('Panier moyen')]: ['Chiffre d\'affaires', 'Conversions'],
};

/** A text literal inside a formula. */
function litteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function mesures(classeur: Classeur) {
  const col = (h: string) => colonne(TAB.mesures, columnOf(classeur, TAB.mesures, h));
  return { col, semaine: col('Semaine'), canal: col('Canal') };
}

/** Channels met in Mesures (any month), display spelling, first-seen order. */
export function canauxDesMesures(classeur: Classeur): string[] {
  return [...indexMesures(classeur.mesures).canaux.values()];
}

/** Canaux du mois: one row per channel plus « Tous les canaux »; ratios empty on division by zero. */
export function sectionCanaux(g: Grille, classeur: Classeur): void {
  const m = mesures(classeur);
  g.add(['Canaux du mois'], 'section');
  g.add(['Canal', 'CAC', 'Taux de conversion', 'ROAS', ...SOMMES], 'entete');
  const ligne = (label: string, criteres: readonly Critere[]) => {
    const r = g.row;
    const sommes = SOMMES.map((h, i) => fmt(formule(`=${datesDuMois(m.col(h), m.semaine, criteres)}`), i === 0 || i === 4 ? EURO : NOMBRE));
    g.add([label,
      fmt(formule(`=${quotient(`E${r}`, `F${r}`)}`), EURO),
      fmt(formule(`=${quotient(`H${r}`, `G${r}`)}`), TAUX),
      fmt(formule(`=${quotient(`I${r}`, `E${r}`)}`), RATIO),
      ...sommes]);
    return r;
  };
  const first = g.row;
  for (const canal of canauxDesMesures(classeur)) ligne(canal, [[m.canal, `$A${g.row}`]]);
  if (g.row > first) g.mark('canaux', first, g.row - 1);
  ligne('Tous les canaux', []);
}

/** The value formula of one objective for the month ('' when its indicator has no column). */
export function valeurObjectif(classeur: Classeur, objectif: Objectif): string {
  const m = mesures(classeur);
  const criteres: Critere[] = canalKey(objectif.canal) === TOUS ? [] : [[m.canal, litteral(objectif.canal.trim())]];
  const known = classeur.colonnes[TAB.mesures] ?? {};
  const derive = DERIVES[normalize(objectif.indicateur)];
  if (derive) {
    const [num, den] = derive.map((h) => datesDuMois(m.col(h), m.semaine, criteres)) as [string, string];
    return `=${quotient(num, den)}`;
  }
  const header = Object.keys(known).find((h) => normalize(h) === normalize(objectif.indicateur));
  if (header === undefined) return '=""';
  const lignes = datesDuMois(null, m.semaine, criteres);
  return `=IF(${lignes}=0,"",${datesDuMois(m.col(header), m.semaine, criteres)})`;
}

/** Objectifs: value of the month, target, start (live references) and progression. */
export function sectionObjectifs(g: Grille, classeur: Classeur): void {
  g.add(['Objectifs du mois'], 'section');
  g.add(['Objectif', 'Progression', 'Valeur du mois', 'Cible', 'Valeur de départ', 'Sens'], 'entete');
  const first = g.row;
  const n = classeur.objectifs.length;
  const last = first + n - 1;
  const ref = (h: string, row: number) => {
    const cell = `${TAB.objectifs}!$${columnOf(classeur, TAB.objectifs, h)}$${row}`;
    return formule(`=IF(${cell}="","",${cell})`);
  };
  classeur.objectifs.forEach((o, i) => {
    const progression = i === 0 ? formule(`=BOUSSOLE_PROGRESSION(E${first}:E${last},C${first}:C${last},D${first}:D${last})`) : '';
    const format = o.indicateur === 'Taux de conversion' ? TAUX : o.indicateur === 'ROAS' ? RATIO : o.indicateur === 'CAC' || o.indicateur === 'Panier moyen' ? EURO : '#,##0.##';
    g.add([`${o.indicateur} — ${canalKey(o.canal) === TOUS ? 'Tous' : o.canal.trim()}`,
      fmt(progression, '0%'), fmt(formule(valeurObjectif(classeur, o)), format),
      fmt(ref('Cible', o.row), format), fmt(ref('Valeur de départ', o.row), format), o.sens]);
  });
  if (n > 0) g.mark('objectifs', first, last);
  else g.add(['Aucun objectif dans l’onglet Objectifs.'], 'aide');
}
