// Reads `Backlog` (SPEC §2). Bad notes, dates, decisions and months are blanked with a problem,
// the row kept. Score and Quadrant are taken as the sheet formulas computed them; when empty or
// a `⚠` text they are recomputed from the notes (null when a needed note is missing).

import { DECISIONS, QUADRANTS, TAB, TABLES, type Quadrant } from '../contract';
import type { BacklogIdea } from '../core/types';
import type { ReadProblem } from './messages';
import { rowSchemas } from './schemas';
import { readTable, validated } from './table';
import type { ReadResult } from './read-plan';
import type { Row } from './row';
import { parseNumber } from '../core/numbers';
import { matchEnum } from '../core/text';
import { quadrant, scoreIdea } from '../core/planning/scoring';

interface Notes {
  valeur: number | null;
  complexite: number | null;
  urgence: number | null;
  impact: number | null;
  faisabilite: number | null;
}

function sheetScore(l: Row, notes: Notes): number | null {
  const given = parseNumber(l.raw('Score'));
  if (typeof given === 'number') return given;
  const { valeur, complexite, urgence } = notes;
  return valeur === null || complexite === null || urgence === null ? null : scoreIdea(valeur, complexite, urgence);
}

function sheetQuadrant(l: Row, notes: Notes): Quadrant | null {
  const given = matchEnum(l.raw('Quadrant'), QUADRANTS);
  if (given !== null) return given;
  const { impact, faisabilite } = notes;
  return impact === null || faisabilite === null ? null : quadrant(impact, faisabilite);
}

/** `Backlog` rows; the ID, Score and Quadrant columns do not make a row count as filled. */
export function readBacklog(grid: unknown[][] | undefined, problemes: ReadProblem[]): ReadResult<BacklogIdea> {
  const table = readTable(grid, TABLES.backlog, TAB.backlog, problemes);
  const rows: BacklogIdea[] = [];
  for (const l of table.lignes) {
    const id = l.text('ID');
    const idee = l.text('Idée');
    const demandeur = l.text('Demandeur');
    const ajouteeLe = l.date('Ajoutée le');
    const notes: Notes = {
      valeur: l.note('Valeur métier'),
      complexite: l.note('Complexité'),
      urgence: l.note('Urgence réelle'),
      impact: l.note('Impact'),
      faisabilite: l.note('Faisabilité'),
    };
    const candidate: BacklogIdea = {
      row: l.row, id, idee, demandeur, ajouteeLe, ...notes,
      score: sheetScore(l, notes),
      quadrant: sheetQuadrant(l, notes),
      decision: l.choice('Décision', DECISIONS),
      moisPrevu: l.month('Mois prévu'),
    };
    const idea = validated(rowSchemas().IDEE, candidate, l, 'Idée');
    if (idea !== null) rows.push(idea);
  }
  return { rows, colonnes: { ...table.context.letters } };
}
