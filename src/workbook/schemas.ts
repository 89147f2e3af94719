// zod/mini schemas of the typed rows the reader produces (src/core/types.ts), plus the field
// checks that are constraints rather than parsing (a 1–5 note, an e-mail address).

import * as z from 'zod/mini';
import { DECISIONS, HORIZONS, NATURES, PHASES, QUADRANTS, SENS, STATUTS, TYPES_ACTION } from '../contract';
import type { Action, JournalEntry, BacklogIdea, RaciRow, Measure, Objective, BudgetPoste, Ritual } from '../core/types';
import { isDate, isMonthKey } from '../core/months';
import { once } from '../core/once';

/**
 * Every row schema, built on first use (module scope does no work: each execution loads the bundle).
 * NOTE is a 1–5 note (decimals allowed, as BOUSSOLE_SCORE allows them), EMAIL an e-mail address.
 */
export const rowSchemas = once(() => {
  /** A note of the 1–5 scale (decimals allowed, as BOUSSOLE_SCORE allows them). */
  const NOTE = z.number().check(z.gte(1), z.lte(5));
  /** An e-mail address. */
  const EMAIL = z.email();

  const date = z.custom<Date>((value) => isDate(value));
  const maybeDate = z.nullable(date);
  const maybeNumber = z.nullable(z.number());
  const maybeNote = z.nullable(NOTE);
  const month = z.nullable(z.string().check(z.refine((value) => isMonthKey(value))));
  const row = z.number().check(z.int(), z.gte(2));
  const names = z.array(z.string());

  /** Schema of an `Objectifs` row. */
  const OBJECTIF: z.ZodMiniType<Objective> = z.object({
    row, indicateur: z.string().check(z.minLength(1)), canal: z.string(), sens: z.enum(SENS),
    depart: maybeNumber, cible: maybeNumber, echeance: maybeDate, responsable: z.string(),
  });

  /** Schema of a `Mesures` row. */
  const MESURE: z.ZodMiniType<Measure> = z.object({
    row, semaine: date, canal: z.string(), valeurs: z.record(z.string(), z.number()),
  });

  /** Schema of a `Backlog` row. */
  const IDEE: z.ZodMiniType<BacklogIdea> = z.object({
    row, id: z.string(), idee: z.string(), demandeur: z.string(), ajouteeLe: maybeDate,
    valeur: maybeNote, complexite: maybeNote, urgence: maybeNote, impact: maybeNote, faisabilite: maybeNote,
    score: maybeNumber, quadrant: z.nullable(z.enum(QUADRANTS)), decision: z.nullable(z.enum(DECISIONS)), moisPrevu: month,
  });

  /** Schema of a `Plan` row. */
  const ACTION: z.ZodMiniType<Action> = z.object({
    row, id: z.string(), mois: month, phase: z.nullable(z.enum(PHASES)), action: z.string(),
    type: z.nullable(z.enum(TYPES_ACTION)), responsable: z.string(), statut: z.enum(STATUTS),
    echeance: maybeDate, faitLe: maybeDate, budgetPrevu: maybeNumber, budgetReel: maybeNumber,
    poste: z.string(), resultat: z.string(), origine: z.string(), objectif: z.string(),
  });

  /** Schema of a `Budget` row. */
  const POSTE: z.ZodMiniType<BudgetPoste> = z.object({
    row, poste: z.string(), horizon: z.nullable(z.enum(HORIZONS)), nature: z.nullable(z.enum(NATURES)),
    experimentation: z.boolean(), montantPrevu: maybeNumber, reel: maybeNumber,
  });

  /** Schema of a RACI row. */
  const RACI: z.ZodMiniType<RaciRow> = z.object({
    row, chantier: z.string().check(z.minLength(1)), r: names, a: names, c: names, i: names,
  });

  /** Schema of a ritual row. */
  const RITUEL: z.ZodMiniType<Ritual> = z.object({
    row, rituel: z.string().check(z.minLength(1)), frequence: z.string(), duree: maybeNumber,
    participants: names, prochaineDate: maybeDate,
  });

  /** Schema of a `Journal` row. */
  const JOURNAL: z.ZodMiniType<JournalEntry> = z.object({
    row, date, rituel: z.string(), meteo: z.string(), decisions: z.string(), blocages: z.string(), participants: z.string(),
    moral: maybeNote, retours: z.string(),
  });
  return { NOTE, EMAIL, OBJECTIF, MESURE, IDEE, ACTION, POSTE, RACI, RITUEL, JOURNAL };
});
