// Charger un exemple (SPEC §4): the full grids of every input tab for a fictional 25-person joinery
// steering a CRM + website project. Roadmap month 1 is 5 months before today's month, so the last
// complete month (month 5) has a late action, two blocked actions, a poste over budget by more than
// 50 %, a channel whose CAC is far above another's, quick wins in the backlog and actions next month.
// Deterministic: everything derives from `today` and row indices.

import { CADRAGE_HEADERS, CADRAGE_QUESTIONS, TAB, TABLES } from '../../contract';
import { exampleActions, PEOPLE, EXAMPLE_POSTES } from './plan';
import { journalRows, measuresRows } from './weekly';
import { addDays, addMonths, firstDay, lastDay, monthKey, mondayOf } from '../months';
import { formatId } from '../planning/ids';
import type { MonthKey } from '../types';

/** Row (1-based) of the rituals header on `Gouvernance`, as Initialiser lays it out. */
export const EXAMPLE_RITUALS_ROW = 13;

const P = PEOPLE;
const headers = (specs: readonly { header: string }[]): string[] => specs.map((s) => s.header);

/** Day `day` of roadmap month `k` (1 = start), clamped to the month's length. */
function day(start: MonthKey, k: number, day: number): Date {
  const month = addMonths(start, k - 1);
  const first = firstDay(month);
  return new Date(first.getFullYear(), first.getMonth(), Math.min(day, lastDay(month).getDate()));
}

function cadrage(start: MonthKey): unknown[][] {
  const answers: Record<string, unknown> = {
    entreprise: 'Menuiserie Lambert & Fils',
    projet: 'CRM et nouveau site',
    probleme: 'Les demandes de devis se perdent entre le téléphone, les e-mails et le carnet de l\'atelier.',
    utilisateurs: `${P.commerciale} (commerciale), ${P.chefProjet} (chef de projet), ${P.atelier} (atelier)`,
    minimumUtile: 'Chaque demande de devis saisie dans le CRM et relancée sous 7 jours.',
    dateButoir: day(start, 7, 30),
    vision: 'Devenir la menuiserie de référence des particuliers de la région nantaise : 40 % des devis viennent du site, chaque client est suivi de la demande à la pose, et l\'équipe ne ressaisit plus rien.',
    maturite: 'Intermédiaire',
    budgetAnnuel: 12000,
    debutFeuilleDeRoute: firstDay(start),
    emailConsultant: 'claire.dubois@conseil-exemple.fr',
    seuilAlerte: 0.5,
    achatsParAn: 0.3,
    dureeRelation: 5,
    margeBrute: 0.4,
    pilote: P.chefProjet,
  };
  return [[...CADRAGE_HEADERS], ...CADRAGE_QUESTIONS.map((q) => [q.question, answers[q.key] ?? ''])];
}

function objectifs(start: MonthKey): unknown[][] {
  const fin = day(start, 12, 31);
  return [headers(TABLES.objectifs),
    ['Leads', 'Tous', 'Hausse', 40, 90, fin, P.commerciale],
    ['CAC', 'Tous', 'Baisse', 60, 30, fin, P.gerante],
    ['Taux de conversion', 'Site web', 'Hausse', 0.003, 0.008, fin, P.communication],
    ['Chiffre d\'affaires', 'Tous', 'Hausse', 20000, 40000, fin, P.gerante],
    ['Nouveaux clients', 'Google Ads', 'Hausse', 4, 12, fin, P.communication],
    ['ROAS', 'LinkedIn Ads', 'Hausse', 10, 20, fin, P.commerciale]];
}

/** [Idée, Demandeur, roadmap month added, Valeur, Complexité, Urgence, Impact, Faisabilité, Décision, Mois prévu]. */
const IDEES: [string, string, number, number, number, number, number, number, string, number | null][] = [
  ['Prise de rendez-vous en ligne sur le site', P.commerciale, 1, 5, 2, 4, 5, 4, 'Démarrer', 9],
  ['Avis Google demandé après chaque chantier', P.gerante, 1, 4, 1, 3, 4, 5, '', null],
  ['Devis signés électroniquement', P.commerciale, 2, 4, 2, 3, 4, 4, '', null],
  ['Galerie photos avant / après', P.communication, 2, 3, 1, 2, 3, 5, '', null],
  ['Application mobile pour les poseurs', P.atelier, 2, 3, 5, 2, 4, 1, '', null],
  ['Chat en direct sur le site', P.communication, 3, 2, 3, 1, 2, 3, 'Écarter', null],
  ['Configurateur 3D de cuisines', P.gerante, 3, 4, 5, 2, 4, 1, 'Préparer', null],
  ['Newsletter trimestrielle des réalisations', P.communication, 3, 2, 2, 2, 3, 4, '', null],
  ['Relance automatique des devis non signés', P.commerciale, 3, 5, 2, 5, 5, 4, 'Démarrer', 5],
  ['Fiches produits pour les escaliers', P.communication, 4, 3, 2, 2, 3, 4, '', null],
  ['Espace client pour suivre son chantier', P.gerante, 4, 4, 4, 2, 4, 2, '', null],
  ['Programme de parrainage', P.commerciale, 4, 3, 2, 2, 3, 3, 'Préparer', null],
  ['Vidéos de pose sur YouTube', P.atelier, 5, 2, 3, 1, 2, 2, '', null],
  ['Synchroniser l\'agenda des poseurs avec le CRM', P.atelier, 5, 4, 3, 3, 4, 3, '', null],
  ['Traduire le site en anglais', P.communication, 5, 1, 2, 1, 1, 4, 'Écarter', null],
];

function backlog(start: MonthKey, scale: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let copy = 0; copy < scale; copy += 1) {
    IDEES.forEach(([idee, demandeur, k, v, c, u, i, f, decision, prevu], index) => {
      const id = formatId('B', rows.length + 1);
      const nom = copy === 0 ? idee : `${idee} (lot ${copy + 1})`;
      rows.push([id, nom, demandeur, day(start, k, 3 + index), v, c, u, i, f, '', '', decision, prevu === null ? '' : day(start, prevu, 1)]);
    });
  }
  return [headers(TABLES.backlog), ...rows];
}

function plan(start: MonthKey, scale: number): unknown[][] {
  const actions = exampleActions();
  const rows: unknown[][] = [];
  for (let copy = 0; copy < scale; copy += 1) {
    for (const a of actions) {
      const echeance = day(start, a.echeance[0], a.echeance[1]);
      const id = formatId('A', rows.length + 1);
      rows.push([id, day(start, a.mois, 1), a.phase, copy === 0 ? a.action : `${a.action} (lot ${copy + 1})`, a.type, a.responsable,
        a.statut, echeance, a.statut === 'Fait' ? addDays(echeance, -2) : '', a.prevu, a.reel, a.poste, a.resultat, a.origine]);
    }
  }
  return [headers(TABLES.plan), ...rows];
}

function budget(): unknown[][] {
  return [headers(TABLES.budget),
    [EXAMPLE_POSTES.crm, 'Long terme', 'Tech', 'Non', 2800, ''],
    [EXAMPLE_POSTES.site, 'Long terme', 'Tech', 'Non', 1700, ''],
    [EXAMPLE_POSTES.formation, 'Long terme', 'Humain', 'Non', 1500, ''],
    [EXAMPLE_POSTES.ads, 'Résultats rapides', 'Tech', 'Non', 1200, ''],
    [EXAMPLE_POSTES.linkedin, 'Résultats rapides', 'Tech', 'Oui', 1500, ''],
    [EXAMPLE_POSTES.salon, 'Résultats rapides', 'Tech', 'Non', 900, ''],
    [EXAMPLE_POSTES.conseil, 'Optimisation & imprévus', 'Humain', 'Non', 1800, 750],
    [EXAMPLE_POSTES.imprevus, 'Optimisation & imprévus', 'Tech', 'Non', 600, '']];
}

function gouvernance(start: MonthKey, today: Date): unknown[][] {
  const raci = [headers(TABLES.raci),
    ['Mise en place du CRM', `${P.chefProjet}, ${P.commerciale}`, P.gerante, P.atelier, 'Équipe commerciale'],
    ['Refonte du site', `${P.agence}, ${P.communication}`, P.gerante, P.chefProjet, 'Toute l\'équipe'],
    ['Campagnes d\'acquisition', P.communication, `${P.gerante}, ${P.chefProjet}`, P.commerciale, P.consultante],
    ['Formation de l\'équipe', P.chefProjet, P.gerante, P.consultante, 'Toute l\'équipe'],
    ['Tableau de bord et rapport mensuel', P.chefProjet, P.gerante, P.consultante, `${P.commerciale}, ${P.communication}`]];
  const nextMonth = firstDay(addMonths(monthKey(today), 1));
  const rituels = [headers(TABLES.rituels),
    ['Point hebdo', 'hebdomadaire', 30, `${P.chefProjet}, ${P.commerciale}, ${P.communication}`, mondayOf(addDays(today, 6))], // first Monday from today on
    ['Revue mensuelle', 'mensuelle', 60, `${P.gerante}, ${P.chefProjet}, ${P.consultante}`, addDays(mondayOf(addDays(nextMonth, 6)), 3)],
    ['Comité trimestriel', 'trimestrielle', 120, `${P.gerante}, ${P.chefProjet}, ${P.consultante}, ${P.atelier}`, day(start, 7, 15)],
    ['Point d\'information équipe', 'trimestrielle', 15, 'Toute l\'équipe', day(start, 7, 16)],
    ['Contrôle d\'adoption J+30', 'unique', 30, `${P.gerante}, ${P.chefProjet}, ${P.commerciale}`, addDays(day(start, 7, 30), 30)]];
  const gap = Array.from({ length: EXAMPLE_RITUALS_ROW - 1 - raci.length }, () => ['', '', '', '', '']);
  return [...raci, ...gap, ...rituels];
}

/** Roadmap month 1 of the example: 5 months before today's month. */
export function exampleStart(today: Date): MonthKey {
  return addMonths(monthKey(today), -5);
}

/**
 * Every input tab of the example (header row included, contract column order, real Dates).
 * `scale` multiplies the rows of Plan, Backlog, Mesures and Journal (benchmarks) and keeps the rest.
 */
export function exampleGrids(today: Date, scale = 1): Record<string, unknown[][]> {
  const start = exampleStart(today);
  const times = Math.max(1, Math.floor(scale));
  return {
    [TAB.cadrage]: cadrage(start),
    [TAB.objectifs]: objectifs(start),
    [TAB.mesures]: [headers(TABLES.mesures), ...measuresRows(start, today, times)],
    [TAB.backlog]: backlog(start, times),
    [TAB.plan]: plan(start, times),
    [TAB.budget]: budget(),
    [TAB.gouvernance]: gouvernance(start, today),
    [TAB.journal]: [headers(TABLES.journal), ...journalRows(start, today, times)],
  };
}
