// The one meeting dialog's model (SPEC §4 v2): every Gouvernance ritual (Point hebdo always,
// selected by default) with its agenda, suggested date, and what saving does to its Prochaine date.

import { DEFAULT_RITUALS } from '../../contract';
import { formatDateFr, parseDate, startOfDay } from '../months';
import { INVALID } from '../numbers';
import { normalize, sameText } from '../text';
import type { Workbook } from '../types';
import { adoptionSteps, comiteSteps, monthlyReviewSteps, otherSteps, teamInfoSteps, weeklySteps } from './meeting-steps';
import type { MeetingAgendas, MeetingSources, RitualAgenda, RitualKind, RitualSource } from './meeting-types';
import { planNextDate, type NextDate } from './ritual-dates';
import { agendaOn, blockedText, todaysWeather, WEEKLY_MEETING } from './weekly-meeting';

const KINDS: ReadonlyArray<[string, RitualKind]> = [
  ['Point hebdo', 'hebdo'], ['Revue mensuelle', 'revue'], ['Comité trimestriel', 'comite'],
  ['Point d\'information équipe', 'information'], ['Contrôle d\'adoption J+30', 'adoption'],
];

/** Which agenda a ritual follows, by its name (case-, accent- and space-insensitive). */
export function ritualKind(name: string): RitualKind {
  return KINDS.find(([n]) => sameText(n, name))?.[1] ?? 'autre';
}

/** The warning shown when Gouvernance has no rituals table. */
export const NO_RITUALS_TABLE = 'Gouvernance n’a pas de tableau des rituels (une ligne « Rituel » en colonne A) : '
  + 'les cinq rituels par défaut sont proposés et aucune prochaine date ne sera mise à jour. Lancez « Initialiser le classeur » pour créer le tableau.';

const defaultSource = (r: (typeof DEFAULT_RITUALS)[number] | { rituel: string; frequence: string; duree: number }): RitualSource =>
  ({ rituel: r.rituel, frequence: r.frequence, prochaine: '', duree: r.duree, participants: [], cellule: null });

/** The rituals the selector offers: Gouvernance's (or the defaults without a table), Point hebdo always. */
function offered(sources: MeetingSources): Array<{ source: RitualSource; inTable: boolean }> {
  const list = sources.table ? sources.rituels.map((source) => ({ source, inTable: true }))
    : DEFAULT_RITUALS.map((r) => ({ source: defaultSource(r), inTable: false }));
  const seen = new Set<string>();
  const unique = list.filter(({ source }) => !seen.has(normalize(source.rituel)) && seen.add(normalize(source.rituel)));
  if (!unique.some(({ source }) => sameText(source.rituel, WEEKLY_MEETING))) {
    unique.unshift({ source: defaultSource(DEFAULT_RITUALS[0]), inTable: false });
  }
  return unique;
}

/** What saving on `date` does to the ritual's Prochaine date; null when it is not in a rituals table. */
export function nextDateOf(source: RitualSource, inTable: boolean, date: Date): NextDate | null {
  if (!inTable) return null;
  if (source.cellule === null) return { kind: 'keep', date: null, cause: 'colonne', reason: 'la colonne « Prochaine date » manque au tableau des rituels' };
  return planNextDate(source.frequence, source.prochaine, date);
}

/** The sentence about the Prochaine date, shown before saving (and, in short, after). */
export function nextDateSentence(rituel: string, prochaine: NextDate | null, cellule: string | null, table: boolean): string {
  if (prochaine === null) {
    return table ? `« ${rituel} » n’est pas dans le tableau des rituels de Gouvernance : aucune prochaine date à mettre à jour.`
      : 'Sans tableau des rituels dans Gouvernance, aucune prochaine date ne sera mise à jour.';
  }
  const where = cellule ? ` (${cellule})` : '';
  if (prochaine.kind === 'keep') return `La prochaine date de ce rituel${where} ne changera pas : ${prochaine.reason}.`;
  const avant = prochaine.from ? `au lieu du ${formatDateFr(prochaine.from)}` : 'elle était vide';
  return `En enregistrant, Boussole met à jour la prochaine date de ce rituel${where} : ${formatDateFr(prochaine.to)} (${avant}).`;
}

/** The sentence shown when the meeting date is changed in the dialog (the move is recomputed on saving). */
export function otherDateSentence(source: RitualSource, prochaine: NextDate | null, table: boolean): string {
  const recurring = prochaine !== null && (prochaine.kind === 'move' || prochaine.cause === 'apres');
  if (!recurring) return nextDateSentence(source.rituel, prochaine, source.cellule, table);
  const freq = String(source.frequence ?? '').trim();
  return `En enregistrant, Boussole met à jour la prochaine date de ce rituel (${source.cellule ?? 'Gouvernance'}) : `
    + `sa prochaine occurrence (${freq}) après la date choisie, si elle n’est pas déjà après la réunion.`;
}

/** Suggested date: the ritual's Prochaine date from today on, else today. */
function suggestedDate(source: RitualSource, today: Date): Date {
  const day = startOfDay(today);
  const typed = parseDate(source.prochaine);
  return typed !== null && typed !== INVALID && typed.getTime() >= day.getTime() ? typed : day;
}

/** Builds every ritual's agenda; `preselect` names the ritual selected on opening (default Point hebdo). */
export function buildMeetingAgendas(classeur: Workbook, sources: MeetingSources, today: Date, preselect?: string): MeetingAgendas {
  const hebdoRow = classeur.rituels.find((r) => sameText(r.rituel, WEEKLY_MEETING));
  const meteo = todaysWeather(classeur, today);
  const rituels = offered(sources).map(({ source, inTable }): RitualAgenda => {
    const date = suggestedDate(source, today);
    const kind = ritualKind(source.rituel);
    const weekly = kind === 'hebdo' || kind === 'autre' ? agendaOn(classeur, date, today, hebdoRow, meteo) : null;
    const etapes = kind === 'hebdo' && weekly ? weeklySteps(weekly)
      : kind === 'revue' ? monthlyReviewSteps(classeur, date, sources.rapport)
        : kind === 'comite' ? comiteSteps(date, sources.comites)
          : kind === 'information' ? teamInfoSteps(classeur, date, source.rituel)
            : kind === 'adoption' ? adoptionSteps(classeur) : otherSteps(weekly ?? agendaOn(classeur, date, today, hebdoRow, meteo));
    const prochaine = nextDateOf(source, inTable, date);
    const duree = source.duree ?? DEFAULT_RITUALS.find((r) => sameText(r.rituel, source.rituel))?.duree ?? 30;
    return {
      rituel: source.rituel, kind, date, duree, participants: source.participants, etapes,
      blocages: weekly ? blockedText(weekly) : '', prochaine, note: nextDateSentence(source.rituel, prochaine, source.cellule, sources.table),
      noteAutreDate: otherDateSentence(source, prochaine, sources.table),
    };
  });
  const wanted = rituels.findIndex((r) => sameText(r.rituel, preselect ?? WEEKLY_MEETING));
  const choisi = wanted >= 0 ? wanted : Math.max(0, rituels.findIndex((r) => r.kind === 'hebdo'));
  return { meteo, rituels, choisi, avertissement: sources.table ? null : NO_RITUALS_TABLE };
}
