// What *Créer un portefeuille consultant* says when it ends (SPEC §10): how many client rows were
// found and which still need *Autoriser l'accès*, read from the tab's own formula results.

import { PORTFOLIO_WARNINGS } from './formulas';

/** State of one client row, from the value its column B shows. */
export type ClientState = 'importe' | 'acces' | 'lien' | 'version' | 'calcul';

/** One row holding a link in column A. */
export interface ClientRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly state: ClientState;
}

const BY_WARNING: ReadonlyMap<string, ClientState> = new Map([
  [PORTFOLIO_WARNINGS.acces, 'acces'],
  [PORTFOLIO_WARNINGS.lien, 'lien'],
  [PORTFOLIO_WARNINGS.version, 'version'],
]);

/** Rows shown at most in a list before « … ». */
const MAX_LISTED = 8;

/**
 * The client rows (a link in column A) and their state: a ⚠ text names its cause; any other text or
 * number is an imported Entreprise; an empty cell or an error is still being computed.
 * `links` and `firstColumn` are columns A and B from row 2 down.
 */
export function clientRows(links: readonly unknown[], firstColumn: readonly unknown[]): ClientRow[] {
  const rows: ClientRow[] = [];
  links.forEach((link, i) => {
    if (String(link ?? '').trim() === '') return;
    const shown = String(firstColumn[i] ?? '');
    const warned = BY_WARNING.get(shown);
    const state: ClientState = warned ?? (shown === '' || /^#[A-Z/0!?]+/.test(shown) || /^Loading/i.test(shown) ? 'calcul' : 'importe');
    rows.push({ row: i + 2, state });
  });
  return rows;
}

/** « ligne 3 », « lignes 3 et 5 », « lignes 3, 5 et 8 », at most MAX_LISTED then « … ». */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, MAX_LISTED).map(String);
  const more = rows.length > MAX_LISTED ? ` … (${rows.length} en tout)` : '';
  if (shown.length === 1) return `ligne ${shown[0]}`;
  return `lignes ${shown.slice(0, -1).join(', ')} et ${shown[shown.length - 1]}${more}`;
}

const PARTS: ReadonlyArray<[ClientState, string]> = [
  ['acces', 'À autoriser (cliquez la cellule B de la ligne, puis « Autoriser l’accès »)'],
  ['lien', 'Lien invalide'],
  ['version', 'Boussole à mettre à jour dans le classeur du client'],
  ['calcul', 'Encore en calcul'],
];

/** The closing toast of the action. */
export function portfolioSummary(rows: readonly ClientRow[], formulaRows: number): string {
  if (rows.length === 0) {
    return `Portefeuille prêt : ${formulaRows} lignes attendent chacune le lien d’un classeur client en colonne A (voir la note de la cellule A1).`;
  }
  const count = `${rows.length} classeur${rows.length > 1 ? 's' : ''} client${rows.length > 1 ? 's' : ''}`;
  const parts = PARTS.flatMap(([state, label]) => {
    const list = rows.filter((r) => r.state === state).map((r) => r.row);
    return list.length > 0 ? [`${label} : ${rowList(list)}.`] : [];
  });
  const imported = rows.filter((r) => r.state === 'importe').length;
  if (parts.length === 0) return `Portefeuille : ${count}, ${imported > 1 ? 'tous lus' : 'lu'} ; les lignes se mettent à jour seules.`;
  return `Portefeuille : ${count}, ${imported} lu${imported > 1 ? 's' : ''}. ${parts.join(' ')}`;
}
