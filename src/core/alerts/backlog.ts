// Idées en attente (SPEC §6 v2): backlog ideas waiting too long, or too many, for a decision.

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { plural } from '../format';
import { daysBetween, formatDateFr, startOfDay } from '../months';
import type { BacklogIdea } from '../types';
import { clip } from '../quote';

/** An idea added more than this many days before R has waited too long. */
export const WAITING_MAX_DAYS = 45;
/** More than this many ideas waiting is too many. */
export const WAITING_MAX_COUNT = 8;
/** Ideas named in the line. */
export const WAITING_SHOWN = 3;

/** Ideas with an empty Décision that existed on R (added on R at the latest, or undated), oldest first (undated last, then sheet order). */
export function waitingIdeas(backlog: readonly BacklogIdea[], reference: Date): BacklogIdea[] {
  const r = startOfDay(reference).getTime();
  const time = (i: BacklogIdea) => (i.ajouteeLe === null ? Infinity : i.ajouteeLe.getTime());
  return backlog
    .filter((i) => i.decision === null && (i.ajouteeLe === null || i.ajouteeLe.getTime() <= r))
    .sort((a, b) => time(a) - time(b) || a.row - b.row);
}

/** Idées en attente: one waiting idea added more than 45 days before R, or more than 8 waiting; lists the 3 oldest. */
export function alertWaitingIdeas(ctx: MonthContext): Alert | null {
  const waiting = waitingIdeas(ctx.classeur.backlog, ctx.reference);
  const old = waiting.filter((i) => i.ajouteeLe !== null && daysBetween(i.ajouteeLe, ctx.reference) > WAITING_MAX_DAYS);
  if (old.length === 0 && waiting.length <= WAITING_MAX_COUNT) return null;
  const oldest = waiting.slice(0, WAITING_SHOWN);
  const names = oldest.map((i) => `« ${clip(i.idee || i.id)} »${i.ajouteeLe ? ` (ajoutée le ${formatDateFr(i.ajouteeLe)})` : ''}`);
  const since = old.length > 0 ? `, dont ${old.length} depuis plus de ${WAITING_MAX_DAYS} jours` : '';
  return {
    signal: 'Idées en attente',
    niveau: 'orange',
    message: `${plural(waiting.length, 'idée attend', 'idées attendent')} une décision dans le Backlog${since} ; ${oldest.length > 1 ? 'les plus anciennes' : 'la plus ancienne'} : ${names.join(', ')}.`,
    cellules: oldest.map((i) => cellRef(ctx.classeur, 'Backlog', 'Décision', i.row)),
    conseil: 'En revue mensuelle, tranchez pour chaque idée : Démarrer, Préparer ou Écarter (menu « Prioriser le backlog » pour les classer). Une idée sans réponse décourage celui qui l’a proposée.',
  };
}
