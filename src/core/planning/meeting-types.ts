// The shapes of the one meeting dialog (SPEC §4 v2 *Préparer le point hebdo*): every Gouvernance
// ritual gets an agenda made of steps, each step a few blocks the dialog renders.

import type { Meteo } from '../../contract';
import type { NextDate } from './ritual-dates';
import type { AgendaAction } from './weekly-meeting';

/** Which agenda a ritual follows, from its name (the five default rituals, or any other). */
export type RitualKind = 'hebdo' | 'revue' | 'comite' | 'information' | 'adoption' | 'autre';

/** One block of an agenda step. */
export type AgendaBlock =
  | { type: 'actions'; titre: string; actions: AgendaAction[] }
  | { type: 'texte'; texte: string; fort?: string }
  /** A link to a Boussole tab (`#gid=`), the URL built by the gas layer. */
  | { type: 'lien'; texte: string; onglet: string; gid: number }
  /** The last report's *Décisions à prendre*, to answer one by one. */
  | { type: 'points'; points: string[] }
  /** Contrôle d'adoption: who should use the tool, and how many names that makes (null: unknown). */
  | { type: 'adoption'; utilisateurs: string; prevus: number | null };

/** One timed step of the agenda (`minutes` null: untimed). */
export interface AgendaStep {
  titre: string;
  minutes: number | null;
  blocs: AgendaBlock[];
}

/** A ritual row of Gouvernance as typed (raw Fréquence and Prochaine date, kept for messages). */
export interface RitualSource {
  rituel: string;
  frequence: unknown;
  prochaine: unknown;
  duree: number | null;
  participants: string[];
  /** A1 of its Prochaine date cell (`Gouvernance!E14`), or null when that column is missing. */
  cellule: string | null;
}

/** A Boussole tab found in the classeur, with its id for `#gid=` links. */
export interface TabFound {
  onglet: string;
  gid: number;
}

/** What the gas layer found beyond the input tabs. */
export interface MeetingSources {
  rituels: RitualSource[];
  /** False when Gouvernance has no rituals table (no `Rituel` row in column A). */
  table: boolean;
  /** The latest `Rapport AAAA-MM` tab and the lines under its « Décisions à prendre ». */
  rapport: (TabFound & { decisions: string[] }) | null;
  /** Every `Comité AAAA-Tn` tab. */
  comites: readonly TabFound[];
}

/** The agenda of one ritual, ready for the dialog. */
export interface RitualAgenda {
  rituel: string;
  kind: RitualKind;
  /** Suggested meeting date: its Prochaine date from today on, else today. */
  date: Date;
  duree: number;
  participants: string[];
  etapes: AgendaStep[];
  /** Default text of the Blocages field. */
  blocages: string;
  /** What saving on `date` does to its Prochaine date; null when the ritual is not in Gouvernance. */
  prochaine: NextDate | null;
  /** The sentence that says so, shown before saving. */
  note: string;
  /** The sentence shown instead when the user picks another meeting date. */
  noteAutreDate: string;
}

/** Everything the dialog shows. */
export interface MeetingAgendas {
  meteo: Meteo;
  rituels: RitualAgenda[];
  /** Index of the ritual selected when the dialog opens. */
  choisi: number;
  /** A warning shown on top (no rituals table), or null. */
  avertissement: string | null;
}

/** Answer of `boussoleEnregistrerPointHebdo` (JSON-safe: ISO dates). */
export type MeetingResult =
  | { ok: true; message: string; ligne: number; idees: string[]; prochaineDate: string | null }
  | { ok: false; message: string; erreurs?: Partial<Record<string, string>> };
