// One action as a line of the report's side-by-side lists (v2): `Action (Responsable, 12/11)`.

import type { ActionSummary } from './actions';
import { clip } from '../quote';

/** `Action (Responsable, 12/11)`; with `statut`, `Action (Responsable, 12/11, en cours)`. */
export function actionLine(a: ActionSummary, statut = false): string {
  const date = a.echeance ? `${String(a.echeance.getDate()).padStart(2, '0')}/${String(a.echeance.getMonth() + 1).padStart(2, '0')}` : '';
  const detail = [clip(a.responsable), date, statut ? a.statut.toLowerCase() : ''].filter((part) => part !== '').join(', ');
  return `${clip(a.action || a.id)}${detail ? ` (${detail})` : ''}`;
}
