// The *Check-list stratégique* on `Tableau de bord` (SPEC §2, §6 v2): rows of plain values (no
// formula), refreshed by « Actualiser le tableau de bord ».

import type { Checklist } from './checklist';

/** Lines of the check-list. */
export const CHECKLIST_STEPS = 5;

/** A title row with the score, a header row, then one row per step: étape, ✅ / ❌, what is missing. */
export function layoutChecklist(c: Checklist): string[][] {
  return [
    [`Check-list stratégique : ${c.faites}/${CHECKLIST_STEPS}`, '', 'Avant d’acheter un outil. Valeurs recalculées par « Actualiser le tableau de bord ».'],
    ['Étape', 'État', 'Ce qui manque'],
    ...c.lignes.map((l) => [l.etape, l.ok ? '✅' : '❌', l.detail]),
  ];
}
