// What the one-page report prints in short (SPEC §6 v2): the cap under the title (the first 20
// words of `Vision à 3 ans`) and the signal lines of section 5 (at most 6, then a pointer to the menu).

import type { Alert } from '../alerts/types';
import { plural } from '../format';

/** Signal lines shown in section 5 (v2): at most 6, rouge first then in rule-book order. */
export const MAX_SIGNALS_SHOWN = 6;
/** Words of `Vision à 3 ans` quoted as the cap under the title (v2). */
export const CAP_WORDS = 20;

/** Section 5 as printed: the first lines of the list and what is left for the dialog. */
export interface SignalsShown {
  lignes: Alert[];
  rouges: number;
  orange: number;
  reste: number;
  /** `… et 3 autres signaux : menu Vérifier les signaux d'alerte` (null when nothing is cut). */
  suite: string | null;
}

/** The first `CAP_WORDS` words of the vision, `…` when cut; null when empty. */
export function capOf(vision: string): string | null {
  const words = vision.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  return words.length > CAP_WORDS ? `${words.slice(0, CAP_WORDS).join(' ')} …` : words.join(' ');
}

/** Section 5's printed lines: the first 6 of the ordered list, then `… et N autres signaux : menu …`. */
export function signalsShown(alertes: readonly Alert[], max = MAX_SIGNALS_SHOWN): SignalsShown {
  const rouges = alertes.filter((a) => a.niveau === 'rouge').length;
  const reste = Math.max(0, alertes.length - max);
  const suite = reste === 0 ? null : `… et ${plural(reste, 'autre signal', 'autres signaux')} : menu Vérifier les signaux d'alerte`;
  return { lignes: alertes.slice(0, max), rouges, orange: alertes.length - rouges, reste, suite };
}

