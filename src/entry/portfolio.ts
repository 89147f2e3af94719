// Entry point of the consultant's portfolio (SPEC §3, §10): the menu action run in the consultant's own Sheet.

import { createPortfolio } from '../gas/portfolio';
import { runAction } from './run';

/** Menu: Créer un portefeuille consultant — creates or completes the `Portefeuille` tab. */
export function boussolePortefeuille(): string | undefined {
  return runAction(() => createPortfolio());
}
