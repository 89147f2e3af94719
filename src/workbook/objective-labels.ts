// The objectives as Plan › Objectif names them (SPEC §2 v2): `Indicateur`, or `Indicateur — Canal`
// when the objective is for one channel (an empty Canal or `Tous` means every channel).

import { TABLES } from '../contract';
import { isBlank, normalize } from '../core/text';
import { matchHeaders, typedHeader } from './headers';

/** `CAC — Site web`, or `Leads` for all channels. */
export function objectiveLabel(indicateur: unknown, canal: unknown): string {
  const name = typedHeader(indicateur);
  const channel = typedHeader(canal);
  return channel === '' || normalize(channel) === normalize('Tous') ? name : `${name} — ${channel}`;
}

/** The distinct labels of the `Objectifs` rows with an Indicateur, in sheet order (grid row 0 = headers). */
export function readObjectiveLabels(grid: readonly unknown[][]): string[] {
  const { index } = matchHeaders(grid[0] ?? [], TABLES.objectifs);
  const indicateur = index['Indicateur'];
  if (indicateur === undefined) return [];
  const labels = grid.slice(1)
    .filter((row) => !isBlank(row[indicateur]))
    .map((row) => objectiveLabel(row[indicateur], index['Canal'] === undefined ? '' : row[index['Canal']]));
  return [...new Set(labels)];
}
