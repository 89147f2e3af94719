// The rows a saved meeting leaves (SPEC §4 v2): its Journal row (Décisions, Blocages and Retours
// composed from the dialog's fields), and one Backlog idea per line of « ce qui coince » and
// « ce qui manque » when the box is ticked. Cells are laid under the tab's own header positions.

import { daysBetween } from '../months';
import { normalize, sameText } from '../text';
import type { JournalEntry } from '../types';
import type { MeetingEntry } from './meeting-entry';
import { cellsUnderHeaders } from './new-action';
import { WEEKLY_MEETING } from './weekly-meeting';

/** `Demandeur` of the ideas that come from the team's feedback (SPEC §4 v2). */
export const FEEDBACK_REQUESTER = 'Retour d\'équipe';
/** Ideas added at most by one meeting. */
export const MAX_IDEAS = 20;
/** The Journal columns added by v2 (SPEC §2). */
export const JOURNAL_V2 = ['Moral de l\'équipe', 'Retours'] as const;

/** The Journal row already holding this meeting (same day, same ritual; empty Rituel = Point hebdo), if any. */
export function alreadyLogged(journal: readonly JournalEntry[], date: Date, rituel: string): JournalEntry | null {
  return journal.find((j) => daysBetween(j.date, date) === 0 && sameText(j.rituel || WEEKLY_MEETING, rituel)) ?? null;
}

/** « Adoption : 2 sur 3 utilisateurs au quotidien utilisent l’outil chaque semaine. » (prevus null: not counted) */
export function adoptionLine(actifs: number, prevus: number | null): string {
  const verbe = actifs > 1 ? 'utilisent' : 'utilise';
  if (prevus !== null) return `Adoption : ${actifs} sur ${prevus} utilisateurs au quotidien ${verbe} l’outil chaque semaine.`;
  return `Adoption : ${actifs} ${actifs > 1 ? 'personnes' : 'personne'} ${verbe} l’outil chaque semaine.`;
}

/** The Journal's Décisions, Blocages and Retours texts. */
export function journalTexts(e: MeetingEntry, prevus: number | null): { decisions: string; blocages: string; retours: string } {
  const join = (lines: readonly string[]) => lines.filter((l) => l !== '').join('\n');
  const tranchees = e.points.filter((p) => p.traitee || p.reponse !== '');
  const reportees = e.points.filter((p) => !p.traitee && p.reponse === '');
  return {
    decisions: join([
      e.utilisateursActifs === null ? '' : adoptionLine(e.utilisateursActifs, prevus),
      ...tranchees.map((p) => `✔ ${p.question}${p.reponse ? ` → ${p.reponse}` : ''}`),
      e.decisions,
    ]),
    blocages: join([e.blocages, ...reportees.map((p) => `À trancher : ${p.question}`)]),
    retours: join([
      e.marche ? `Ce qui marche : ${e.marche}` : '', e.coince ? `Ce qui coince : ${e.coince}` : '', e.manque ? `Ce qui manque : ${e.manque}` : '',
    ]),
  };
}

/** The Journal cells under the tab's header positions (absent columns are left out by cellsUnderHeaders). */
export function meetingJournalCells(e: MeetingEntry, prevus: number | null, columns: Readonly<Record<string, number>>, width: number): unknown[] {
  const t = journalTexts(e, prevus);
  return cellsUnderHeaders({
    Date: e.date, Rituel: e.rituel, Météo: e.meteo, Décisions: t.decisions, Blocages: t.blocages,
    Participants: e.participants, [JOURNAL_V2[0]]: e.moral ?? '', [JOURNAL_V2[1]]: t.retours,
  }, columns, width);
}

/** The ideas to add: each non-empty line of « ce qui coince » then « ce qui manque », bullets removed, duplicates once. */
export function feedbackIdeas(e: MeetingEntry): string[] {
  if (!e.ajouterAuBacklog) return [];
  const seen = new Set<string>();
  return `${e.coince}\n${e.manque}`.split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-–—•*·]\s+|\d+[.)]\s+)/, '').trim())
    .filter((line) => line !== '' && !seen.has(normalize(line)) && seen.add(normalize(line)) !== undefined);
}

/** One Backlog row per idea, under the tab's header positions: ID, Idée, Demandeur, Ajoutée le. */
export function backlogCells(ideas: readonly string[], ids: readonly string[], date: Date, columns: Readonly<Record<string, number>>, width: number): unknown[][] {
  return ideas.map((idee, i) => cellsUnderHeaders({ ID: ids[i], Idée: idee, Demandeur: FEEDBACK_REQUESTER, 'Ajoutée le': date }, columns, width));
}
