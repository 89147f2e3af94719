// The *Check-list stratégique* (SPEC §6 v2) in the sidebars: one line per step, ✅ or ❌, what is
// missing and, in Aide, why the step matters before buying a tool. DOM APIs only (text stays text).

import type { Checklist } from '../src/core/checklist/checklist';
import { byId, el } from './dom';

/** The five lines as list items; `why` adds the sentence on why each step matters. */
export function checklistItems(c: Checklist, why: boolean): HTMLLIElement[] {
  return c.lignes.map((l) => el('li', { class: l.ok ? 'ok' : 'manque', 'data-etape': l.etape },
    el('p', {}, el('span', { class: 'etat', role: 'img', 'aria-label': l.ok ? 'fait' : 'à faire' }, l.ok ? '✅' : '❌'), el('strong', {}, l.etape)),
    el('p', { class: 'detail muted' }, l.detail),
    why ? el('p', { class: 'pourquoi' }, l.pourquoi) : null));
}

/** `Check-list : 3/5`. */
export function checklistTitle(c: Checklist): string {
  return `Check-list : ${c.faites}/${c.lignes.length}`;
}

/** Wires a button that shows or hides its list (aria-expanded kept in step; Enter and Space work natively). */
export function wireToggle(buttonId: string, listId: string): void {
  const button = byId<HTMLButtonElement>(buttonId);
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    byId(listId).hidden = !open;
  });
}
