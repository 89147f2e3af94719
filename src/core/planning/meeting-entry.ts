// What the meeting dialog sends (`boussoleEnregistrerPointHebdo(payload)`), checked field by field
// before anything is written: zod/mini for the shape, French messages per field (SPEC §7).

import * as z from 'zod/mini';
import { METEOS, type Meteo } from '../../contract';
import { parseDate } from '../months';
import { INVALID } from '../numbers';
import { once } from '../once';
import { WEEKLY_MEETING } from './weekly-meeting';

/** Longest accepted text per field (a Journal cell, not a document). */
export const MAX_TEXT = 2000;
/** Longest question or answer of one decision to take. */
export const MAX_POINT = 500;
/** Decisions to take at most in one payload (the dialog shows 20 at most). */
export const MAX_POINTS = 20;

/** The fields of the payload, for field-level errors. */
export type MeetingField = 'rituel' | 'date' | 'meteo' | 'decisions' | 'blocages' | 'participants' | 'moral'
  | 'marche' | 'coince' | 'manque' | 'ajouterAuBacklog' | 'points' | 'utilisateursActifs';

const texte = (max: number) => z.string().check(z.maxLength(max));
const optionalText = () => z.optional(texte(MAX_TEXT));
/** The payload's shape; only date, météo, décisions, blocages and participants are required (v1 dialogs). */
const schema = once(() => z.object({
  rituel: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  meteo: z.enum(METEOS),
  decisions: texte(MAX_TEXT),
  blocages: texte(MAX_TEXT),
  participants: texte(MAX_TEXT),
  moral: z.optional(z.nullable(z.number().check(z.int(), z.gte(1), z.lte(5)))),
  marche: optionalText(),
  coince: optionalText(),
  manque: optionalText(),
  ajouterAuBacklog: z.optional(z.boolean()),
  points: z.optional(z.array(z.object({ question: texte(MAX_POINT), reponse: texte(MAX_POINT), traitee: z.boolean() })).check(z.maxLength(MAX_POINTS))),
  utilisateursActifs: z.optional(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(1000)))),
}));

/** The French message of each field (what is expected). */
export const FIELD_MESSAGES: Readonly<Record<MeetingField, string>> = {
  rituel: 'Rituel : choisissez un rituel de la liste.',
  date: 'Date : attendu une date réelle, ex. 23/11/2026.',
  meteo: `Météo : attendu ${METEOS.join(', ')}.`,
  decisions: 'Décisions : un texte de 2 000 caractères au plus.',
  blocages: 'Blocages : un texte de 2 000 caractères au plus.',
  participants: 'Participants : un texte de 2 000 caractères au plus.',
  moral: 'Moral de l’équipe : une note entière de 1 à 5, ou rien.',
  marche: 'Ce qui marche : un texte de 2 000 caractères au plus.',
  coince: 'Ce qui coince : un texte de 2 000 caractères au plus.',
  manque: 'Ce qui manque : un texte de 2 000 caractères au plus.',
  ajouterAuBacklog: 'Case « Ajouter au backlog » illisible : rouvrez la fenêtre.',
  points: `Décisions à prendre : liste illisible (${MAX_POINTS} au plus, ${MAX_POINT} caractères par ligne) — rouvrez la fenêtre.`,
  utilisateursActifs: 'Utilisateurs de l’outil : un nombre entier de 0 à 1 000, ou rien.',
};

/** One decision of the last report, as answered in the revue mensuelle. */
export interface AnsweredPoint { question: string; reponse: string; traitee: boolean }

/** The checked meeting, ready to be written. */
export interface MeetingEntry {
  rituel: string;
  date: Date;
  meteo: Meteo;
  decisions: string;
  blocages: string;
  participants: string;
  moral: number | null;
  marche: string;
  coince: string;
  manque: string;
  ajouterAuBacklog: boolean;
  points: AnsweredPoint[];
  utilisateursActifs: number | null;
}

/** Result of checking a payload: the entry, or one French message per bad field and a summary. */
export type MeetingValidation =
  | { ok: true; entree: MeetingEntry }
  | { ok: false; message: string; erreurs: Partial<Record<MeetingField, string>> };

const refuse = (erreurs: Partial<Record<MeetingField, string>>, first: string): MeetingValidation =>
  ({ ok: false, message: `Compte rendu non enregistré : ${first}`, erreurs });

/** Checks the dialog's payload; every bad field gets its message, the summary names the first. */
export function validateMeeting(payload: unknown): MeetingValidation {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return refuse({}, 'saisie illisible, rouvrez la fenêtre.');
  const result = schema().safeParse(payload);
  const erreurs: Partial<Record<MeetingField, string>> = {};
  for (const issue of result.success ? [] : result.error.issues) {
    const field = String(issue.path[0] ?? '') as MeetingField;
    if (field in FIELD_MESSAGES) erreurs[field] ??= FIELD_MESSAGES[field];
  }
  // A well-formed date is checked for meaning even when other fields fail, so every error shows at once.
  const date = erreurs.date === undefined ? parseDate((payload as Record<string, unknown>).date) : null;
  if (date === null || date === INVALID) erreurs.date = FIELD_MESSAGES.date;
  const first = Object.values(erreurs)[0];
  if (!result.success || date === null || date === INVALID || first !== undefined) return refuse(erreurs, first ?? 'saisie illisible, rouvrez la fenêtre.');
  const f = result.data;
  const trim = (s: string | undefined) => (s ?? '').trim();
  return {
    ok: true,
    entree: {
      rituel: f.rituel ?? WEEKLY_MEETING, date, meteo: f.meteo, decisions: trim(f.decisions), blocages: trim(f.blocages),
      participants: trim(f.participants), moral: f.moral ?? null, marche: trim(f.marche), coince: trim(f.coince), manque: trim(f.manque),
      ajouterAuBacklog: f.ajouterAuBacklog ?? false, utilisateursActifs: f.utilisateursActifs ?? null,
      points: (f.points ?? []).map((p) => ({ question: p.question.trim(), reponse: p.reponse.trim(), traitee: p.traitee })).filter((p) => p.question !== ''),
    },
  };
}
