// Alerts on the project's framing (SPEC §6): Cadrage incomplet, Pilote absent, Gouvernance floue.
// A Cadrage row missing from the page counts as an empty answer.

import { CADRAGE_EXPRESS, CADRAGE_QUESTIONS, TAB, type CadrageKey } from '../../contract';
import type { Alert } from './types';
import { cellRef, sheetRef } from '../cells';
import type { MonthContext } from './context';
import { listSome } from '../format';
import { cadrageCell } from '../planning/cadrage-check';
import { isBlank } from '../text';
import { clip } from '../quote';

/**
 * `Cadrage!B5`: the answer cell of a question as read, else where the contract puts it (row =
 * its position + 2), so that a missing row still points somewhere.
 */
export function cadrageRef(ctx: MonthContext, key: CadrageKey): string {
  const found = cadrageCell(ctx.classeur, key);
  return `${sheetRef(TAB.cadrage)}!${found ?? `B${CADRAGE_QUESTIONS.findIndex((q) => q.key === key) + 2}`}`;
}

/** Cadrage incomplet: one of the four *cadrage express* answers is empty; cells `Cadrage!B<row>`. */
export function alertCadrage(ctx: MonthContext): Alert | null {
  const cadrage = ctx.classeur.cadrage;
  const missing = CADRAGE_EXPRESS.filter((key) => isBlank((cadrage as unknown as Record<string, unknown>)[key]));
  if (missing.length === 0) return null;
  const questions = missing.map((key) => CADRAGE_QUESTIONS.find((q) => q.key === key)?.question ?? key);
  return {
    signal: 'Cadrage incomplet',
    niveau: 'orange',
    message: `Cadrage express incomplet, le projet n’est pas mûr : ${listSome(questions.map((q) => `« ${q} »`), 4)} sans réponse.`,
    cellules: missing.map((key) => cadrageRef(ctx, key)),
    conseil: 'Répondez en une page aux quatre questions du cadrage express avant d’engager de nouvelles dépenses.',
  };
}

/** Pilote absent (v2): `Pilote du projet` empty (or its row missing). */
export function alertNoPilot(ctx: MonthContext): Alert | null {
  if (!isBlank(ctx.classeur.cadrage.pilote)) return null;
  return {
    signal: 'Pilote absent',
    niveau: 'orange',
    message: 'Aucun pilote du projet dans le Cadrage : ce n’est le travail de personne de faire avancer le projet.',
    cellules: [cadrageRef(ctx, 'pilote')],
    conseil: 'Nommez une personne (pas un comité) dont le rôle est de faire avancer le projet, avec du temps réservé chaque semaine, et inscrivez-la dans « Pilote du projet ».',
  };
}

/** Gouvernance floue: a RACI chantier without exactly one A or without any R. */
export function alertGovernance(ctx: MonthContext): Alert | null {
  const flous = ctx.classeur.raci.filter((l) => l.a.length !== 1 || l.r.length === 0);
  if (flous.length === 0) return null;
  const details = flous.map((l) => {
    const manques = [l.a.length === 0 ? 'aucun A' : l.a.length > 1 ? `${l.a.length} A` : '', l.r.length === 0 ? 'aucun R' : ''];
    return `« ${clip(l.chantier)} » (${manques.filter(Boolean).join(', ')})`;
  });
  return {
    signal: 'Gouvernance floue',
    niveau: 'orange',
    message: `Responsabilités floues dans la matrice RACI : ${listSome(details)}.`,
    cellules: flous.flatMap((l) => [
      ...(l.a.length !== 1 ? [cellRef(ctx.classeur, 'Gouvernance', 'A', l.row)] : []),
      ...(l.r.length === 0 ? [cellRef(ctx.classeur, 'Gouvernance', 'R', l.row)] : []),
    ]),
    conseil: 'Pour chaque chantier, une seule personne approuve (A) et au moins une réalise (R).',
  };
}
