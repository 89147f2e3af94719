// The Journal row of a point hebdo, from what the user confirmed in the dialog. The payload
// crosses google.script.run, so every field is checked before anything is written.

import * as z from 'zod/mini';
import { METEOS, type Meteo } from '../../contract';
import { daysBetween, parseDate } from '../months';
import { INVALID } from '../numbers';
import { once } from '../once';
import { sameText } from '../text';
import type { JournalEntry } from '../types';
import { cellsUnderHeaders } from './new-action';
import { WEEKLY_MEETING } from './weekly-meeting';

/** Longest accepted text per field (a Journal cell, not a document). */
export const MAX_TEXT = 2000;

/** What the dialog sends (`boussoleEnregistrerPointHebdo(payload)`), the date as an ISO string; built on first use. */
const saisie = once(() => {
  const texte = z.string().check(z.maxLength(MAX_TEXT));
  return z.object({
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    meteo: z.enum(METEOS),
    decisions: texte,
    blocages: texte,
    participants: texte,
  });
});

/** The checked entry, ready to be written. */
export interface WeeklyMeetingEntry {
  date: Date;
  meteo: Meteo;
  decisions: string;
  blocages: string;
  participants: string;
}

const CHAMPS: Record<string, string> = {
  date: 'date (attendu : AAAA-MM-JJ)', meteo: `météo (attendu : ${METEOS.join(', ')})`,
  decisions: `décisions (${MAX_TEXT} caractères au plus)`, blocages: `blocages (${MAX_TEXT} caractères au plus)`,
  participants: `participants (${MAX_TEXT} caractères au plus)`,
};

/** Checks the dialog's payload; a French message names the first bad field. */
export function validateInput(payload: unknown): { ok: true; entree: WeeklyMeetingEntry } | { ok: false; message: string } {
  const result = saisie().safeParse(payload);
  if (!result.success) {
    const champ = String(result.error.issues[0]?.path[0] ?? '');
    return { ok: false, message: `Point hebdo non enregistré : ${CHAMPS[champ] ?? 'saisie illisible'}.` };
  }
  const date = parseDate(result.data.date);
  if (date === null || date === INVALID) return { ok: false, message: `Point hebdo non enregistré : ${CHAMPS.date}.` };
  const trim = (s: string) => s.trim();
  const { meteo, decisions, blocages, participants } = result.data;
  return { ok: true, entree: { date, meteo, decisions: trim(decisions), blocages: trim(blocages), participants: trim(participants) } };
}

/** The Journal row already holding this meeting (same date, rituel Point hebdo), if any. */
export function alreadyInJournal(journal: readonly JournalEntry[], date: Date): JournalEntry | null {
  return journal.find((j) => daysBetween(j.date, date) === 0 && sameText(j.rituel, WEEKLY_MEETING)) ?? null;
}

/** The Journal cells under the tab's own header positions; user texts are returned as typed. */
export function journalCells(entree: WeeklyMeetingEntry, columns: Readonly<Record<string, number>>, width: number): unknown[] {
  return cellsUnderHeaders({
    Date: entree.date, Rituel: WEEKLY_MEETING, Météo: entree.meteo, Décisions: entree.decisions,
    Blocages: entree.blocages, Participants: entree.participants,
  }, columns, width);
}

