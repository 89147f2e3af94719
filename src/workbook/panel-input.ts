// Validation of what the sidebar sends (SPEC §7, §8): zod/mini schemas with French, field-level
// messages. Pure: the RPCs in src/gas call these before touching the classeur.

import * as z from 'zod/mini';
import { columnIndex } from '../core/cells';
import type { AdditionField } from '../core/panel/snapshot';
import { INVALID, parseNumber } from '../core/numbers';
import { parseDate, parseMonth } from '../core/months';
import { once } from '../core/once';
import { matchEnum } from '../core/text';
import type { MonthKey } from '../core/types';
import { STATUTS, type Statut } from '../contract';

const text = (max: number, requis: string | null) =>
  z.string({ error: 'Texte attendu.' }).check(
    z.trim(),
    ...(requis === null ? [] : [z.minLength(1, { error: requis })]),
    z.maxLength(max, { error: `${max} caractères au plus.` }),
  );

/** The quick-add form as typed: every field is text (empty = not given); built on first use. */
const formulaire = once(() => z.object({
  action: text(200, 'Indiquez l’action, avec un verbe (ex. « Publier 4 articles »).'),
  mois: text(40, 'Indiquez le mois de l’action (ex. 2026-11).'),
  responsable: text(80, 'Indiquez une personne responsable (une seule).'),
  echeance: z.optional(text(40, null)),
  budgetPrevu: z.optional(text(40, null)),
  poste: z.optional(text(120, null)),
}));

/** A validated new Plan row. */
export interface QuickAction {
  action: string;
  mois: MonthKey;
  responsable: string;
  echeance: Date | null;
  budgetPrevu: number | null;
  /** Canonical spelling of a Budget poste, or ''. */
  poste: string;
}

/** Result of validating the quick-add form: clean values, or one French message per field. */
export type ValidationAjout =
  | { ok: true; valeurs: QuickAction }
  | { ok: false; erreurs: Partial<Record<AdditionField, string>> };

/** Validates the quick-add form; `postes` are the Budget postes (when there are some, Poste must be one). */
export function validateAddition(input: unknown, postes: readonly string[]): ValidationAjout {
  const parsed = formulaire().safeParse(input);
  const erreurs: Partial<Record<AdditionField, string>> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const champ = (issue.path[0] ?? 'action') as AdditionField;
    erreurs[champ] ??= issue.path.length === 0 ? 'Formulaire illisible : rechargez le panneau.' : issue.message;
  }
  // Fields whose shape is right are checked for meaning too, so every error shows at once.
  const raw = (champ: AdditionField) => (erreurs[champ] === undefined && input !== null && typeof input === 'object'
    ? String((input as Record<string, unknown>)[champ] ?? '').trim() : '');
  const mois = raw('mois') === '' ? null : parseMonth(raw('mois'));
  if (raw('mois') !== '' && (mois === null || mois === INVALID)) erreurs.mois = `« ${raw('mois')} » n’est pas un mois — attendu : AAAA-MM, ex. 2026-11.`;
  const echeance = parseDate(raw('echeance'));
  if (echeance === INVALID) erreurs.echeance = `« ${raw('echeance')} » n’est pas une date — attendu : JJ/MM/AAAA, ex. 30/11/2026.`;
  const budget = parseNumber(raw('budgetPrevu'));
  if (budget === INVALID) erreurs.budgetPrevu = `« ${raw('budgetPrevu')} » n’est pas un montant — attendu : des euros, ex. 1 200 ou 350,50.`;
  else if (budget !== null && budget < 0) erreurs.budgetPrevu = 'Le budget prévu ne peut pas être négatif.';
  const posteSaisi = raw('poste');
  const poste = posteSaisi === '' || postes.length === 0 ? posteSaisi : matchEnum(posteSaisi, postes);
  if (poste === null) erreurs.poste = `Poste « ${posteSaisi} » inconnu de l’onglet Budget — attendu : ${postes.join(', ')}.`;
  if (!parsed.success || Object.keys(erreurs).length > 0 || mois === null || mois === INVALID || echeance === INVALID || budget === INVALID || poste === null) {
    return { ok: false, erreurs };
  }
  const f = parsed.data;
  return { ok: true, valeurs: { action: f.action, mois, responsable: f.responsable, echeance, budgetPrevu: budget, poste } };
}

/**
 * A status change sent by the sidebar: the action's ID (or its row when it has no ID yet) and its
 * text as the sidebar showed it, so the server can check the row still holds that action.
 */
export const statusChangeSchema = once(() => z.object({
  id: z.string().check(z.trim(), z.maxLength(40)),
  ligne: z.number().check(z.int(), z.gte(2)),
  action: z.optional(z.string().check(z.maxLength(50000))),
  statut: z.string().check(z.refine((s) => matchEnum(s, STATUTS) !== null, { error: `Statut inconnu — attendu : ${STATUTS.join(', ')}.` })),
}));
/** A validated status change from the sidebar (`action`: '' when the sidebar sent none). */
export interface StatusChange { id: string; ligne: number; action: string; statut: Statut }

/** Validates a status change; the message is French. */
export function validateStatusChange(input: unknown): { ok: true; valeurs: StatusChange } | { ok: false; message: string } {
  const parsed = statusChangeSchema().safeParse(input);
  if (!parsed.success) {
    const custom = parsed.error.issues.find((i) => i.code === 'custom');
    return { ok: false, message: custom ? custom.message : 'Demande de changement de statut illisible : rechargez le panneau.' };
  }
  const statut = matchEnum(parsed.data.statut, STATUTS) as Statut;
  return { ok: true, valeurs: { id: parsed.data.id, ligne: parsed.data.ligne, action: parsed.data.action ?? '', statut } };
}

/** `Plan!G12`, `'Tableau de bord'!A1:B3`: one A1 reference with its sheet. */
const REFERENCE_A1 = /^(?:'(?:[^']|'')+'|[A-Za-z0-9_]+)!\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?$/;
/** At most 50 A1 references, each with its sheet. */
export const cellsSchema = once(() => z.array(z.string().check(z.regex(REFERENCE_A1))).check(z.minLength(1), z.maxLength(50)));

/** Sheet name and local A1 of `Plan!G12` / `'Tableau de bord'!A1`. */
export function splitReference(reference: string): { sheet: string; cell: string } {
  const at = reference.lastIndexOf('!');
  const rawSheet = reference.slice(0, at);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, cell: reference.slice(at + 1).replace(/\$/g, '') };
}

/** Last row and column (1-based) a local A1 reference reaches: `G12` → 12, 7; `B3:A9` → 9, 2. */
export function bottomRight(cell: string): { row: number; col: number } {
  let row = 0;
  let col = 0;
  for (const [, letters = '', digits = ''] of cell.matchAll(/([A-Z]+)(\d+)/g)) {
    row = Math.max(row, Number(digits));
    col = Math.max(col, columnIndex(letters));
  }
  return { row, col };
}

/** The two ways to share with the consultant (SPEC §4). */
export const shareRoleSchema = once(() => z.enum(['lecteur', 'editeur']));
