// The example's weekly rows (Charger un exemple): Mesures for 5 channels and the Journal of
// rituals, one row per Monday up to last week. `scale` goes further back in time.

import { addDays, addMonths, daysBetween, firstDay, monthKey, monthLabelFr, mondayOf } from '../months';
import type { MonthKey } from '../types';
import { PEOPLE } from './plan';

/** Channels of the example, in sheet order. */
export const CHANNELS = ['Site web', 'Google Ads', 'LinkedIn Ads', 'E-mailing', 'Réseaux sociaux'] as const;

/** Roadmap month (1 = start) of a date; weeks before the start count as month 1. */
export function roadmapMonth(start: MonthKey, date: Date): number {
  const first = firstDay(start);
  const k = (date.getFullYear() - first.getFullYear()) * 12 + date.getMonth() - first.getMonth() + 1;
  return Math.max(k, 1);
}

/** The Mondays of the example: from the first Monday of month 1 to last week, `scale` times as many. */
export function exampleMondays(start: MonthKey, today: Date, scale: number): Date[] {
  const first = firstDay(start);
  const firstMonday = mondayOf(addDays(first, 6));
  const lastMonday = addDays(mondayOf(today), -7);
  const weeks = Math.max(0, Math.round(daysBetween(firstMonday, lastMonday) / 7) + 1);
  const total = weeks * Math.max(1, Math.floor(scale));
  return Array.from({ length: total }, (_, i) => addDays(lastMonday, -7 * (total - 1 - i)));
}

/**
 * Weekly figures per channel in roadmap month k:
 * `[Dépenses, Visites, Leads, Conversions, Nouveaux clients, Chiffre d'affaires]`.
 * CAC per week: Google Ads 70/2 = 35 €, LinkedIn Ads 100/1 = 100 €, E-mailing 15/1 = 15 €,
 * Réseaux sociaux 30/1 = 30 € (from month 3), Site web no spend (2 new clients a week from month 5).
 */
export function weeklyFigures(canal: (typeof CHANNELS)[number], k: number): number[] {
  switch (canal) {
    case 'Site web': return [0, 300 + 20 * k, 2 + k, 1 + Math.floor(k / 3), k >= 5 ? 2 : 1, 1500 + 100 * k];
    case 'Google Ads': return [70, 150 + 10 * k, 3 + k, 2, 2, 2800];
    case 'LinkedIn Ads': return k < 4 ? [0, 0, 0, 0, 0, 0] : [100, 60, k === 4 ? 3 : 2, 1, 1, 1400];
    case 'E-mailing': return [15, 80, 2, 1, 1, 900];
    case 'Réseaux sociaux': return [30, 120 + 10 * k, k >= 3 ? 2 : 1, 1, k >= 3 ? 1 : 0, k >= 3 ? 600 : 0];
  }
}

/** Mesures rows (without header): one per Monday and channel. */
export function measuresRows(start: MonthKey, today: Date, scale: number): unknown[][] {
  return exampleMondays(start, today, scale).flatMap((monday) =>
    CHANNELS.map((canal) => [monday, canal, ...weeklyFigures(canal, roadmapMonth(start, monday))]));
}

const P = PEOPLE;
const DECISIONS = [
  'Valider les priorités de la semaine',
  'Relancer l\'agence sur le planning du site',
  'Garder le budget Google Ads à 70 € par semaine',
  'Tester un nouveau visuel LinkedIn',
  'Préparer le stand du salon',
  'Faire le point sur les devis en attente',
];
const BLOCAGES = ['', '', 'Accès hébergeur du site toujours pas transmis', '', 'Export des devis de l\'ancien logiciel impossible', ''];
const METEO = ['☀️ Ensoleillé', '🌤️ Variable', '🌤️ Variable', '🌧️ Pluvieux'];

/** Months from the roadmap's month 1 to the month of `date` (0 in month 1; negative before, unclamped). */
function monthsSinceStart(start: MonthKey, date: Date): number {
  const first = firstDay(start);
  return (date.getFullYear() - first.getFullYear()) * 12 + date.getMonth() - first.getMonth();
}

/** The quarterly rituals held on the first Tuesday and Wednesday of roadmap months 1, 4, 7, 10. */
function quarterlyRows(monday: Date): unknown[][] {
  return [
    [addDays(monday, 1), 'Comité trimestriel', '🌤️ Variable', 'Trimestre passé en revue, objectifs et budget du trimestre validés', '',
      [P.gerante, P.chefProjet, P.consultante, P.atelier].join(', ')],
    [addDays(monday, 2), 'Point d\'information équipe', '🌤️ Variable', 'Avancement du projet présenté à toute l\'équipe', '', 'Toute l\'équipe'],
  ];
}

/**
 * Journal rows (without header), by date: a Point hebdo every Monday, a Revue mensuelle on the
 * first Thursday after the first Monday of each month, and (v2) the Comité trimestriel and the
 * Point d'information équipe on the first Tuesday and Wednesday of each quarter of the roadmap.
 */
export function journalRows(start: MonthKey, today: Date, scale: number): unknown[][] {
  const equipeHebdo = [P.chefProjet, P.commerciale, P.communication].join(', ');
  const rows: unknown[][] = [];
  exampleMondays(start, today, scale).forEach((monday, i) => {
    rows.push([monday, 'Point hebdo', METEO[i % METEO.length], DECISIONS[i % DECISIONS.length], BLOCAGES[i % BLOCAGES.length], equipeHebdo]);
    const previous = addDays(monday, -7);
    if (monthKey(previous) !== monthKey(monday)) {
      const month = addMonths(monthKey(monday), -1);
      rows.push([addDays(monday, 3), 'Revue mensuelle', METEO[(i + 1) % METEO.length],
        `Revue de ${monthLabelFr(month)} : rapport mensuel lu, priorités du mois validées`, '', [P.gerante, P.chefProjet, P.consultante].join(', ')]);
      if (monthsSinceStart(start, monday) % 3 === 0) rows.push(...quarterlyRows(monday));
    }
  });
  return rows;
}
