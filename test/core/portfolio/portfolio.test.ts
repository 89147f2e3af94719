// The consultant's portfolio as data (SPEC §10): the row formula's pieces, what a re-run keeps, the
// rows the formulas cover, and the closing message built from the tab's own results.
import { describe, expect, it } from 'vitest';
import { PORTEFEUILLE_HEADERS } from '../../../src/contract';
import { PORTFOLIO_ROWS, PORTFOLIO_WARNINGS, clientRowFormula, daysWithoutNewsFormula } from '../../../src/core/portfolio/formulas';
import { COLUMN_WIDTHS, HEADER_NOTES, SILENCE_DAYS, formulaColumn, headerRow, lastClientRow } from '../../../src/core/portfolio/layout';
import { clientRows, portfolioSummary, rowList } from '../../../src/core/portfolio/summary';

describe('the client row formulas', () => {
  it('import the named range, the values row at its fixed address, and probe only one-cell ranges', () => {
    const f = clientRowFormula(7);
    expect(f).toContain('IMPORTRANGE(TRIM($A7),"BOUSSOLE_SYNTHESE")');
    expect(f).toContain('IMPORTRANGE(TRIM($A7),"\'Tableau de bord\'!S3:AC3")');
    expect(f).toContain('IMPORTRANGE(TRIM($A7),"\'Tableau de bord\'!S2")');
    expect(f).toContain('IMPORTRANGE(TRIM($A7),"Cadrage!A1")');
    expect(f).toContain('IMPORTRANGE(TRIM($A7),"A1")');
    for (const text of Object.values(PORTFOLIO_WARNINGS)) expect(f).toContain(`"${text}"`);
    expect(f).not.toMatch(/BOUSSOLE_[A-Z]+\(/); // native functions only
    expect(f.startsWith('=IF(TRIM($A7)="","",')).toBe(true);
  });

  it('count days without news from the later of the two dates, blank without any', () => {
    expect(daysWithoutNewsFormula(12)).toBe('=IF(COUNT($J12:$K12)=0,"",TODAY()-INT(MAX($J12:$K12)))');
  });
});

describe('the tab layout', () => {
  it('has a note per header, the first saying how to add a client, and fits a 1 920-pixel-wide screen', () => {
    expect(HEADER_NOTES).toHaveLength(PORTEFEUILLE_HEADERS.length);
    expect(HEADER_NOTES[0]).toMatch(/collez-la dans une ligne libre/);
    expect(COLUMN_WIDTHS).toHaveLength(PORTEFEUILLE_HEADERS.length);
    const total = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(1920 - 46 - 20); // row numbers and scroll bar
    expect(total).toBeGreaterThan(1400); // and uses it
  });

  it('says in the last note the thresholds the colours use', () => {
    expect(HEADER_NOTES[12]).toContain(`au-delà de ${SILENCE_DAYS.orange} jours, rouge au-delà de ${SILENCE_DAYS.rouge}`);
  });

  it('keeps a header the consultant typed, fills the empty ones', () => {
    const row = headerRow(['Mes clients', '', '  ']);
    expect(row[0]).toBe('Mes clients');
    expect(row.slice(1)).toEqual(PORTEFEUILLE_HEADERS.slice(1));
  });

  it('covers at least 200 client rows, and every row holding a link below', () => {
    expect(lastClientRow(['Classeur client (lien)'])).toBe(PORTFOLIO_ROWS + 1);
    const links = Array.from({ length: 260 }, () => '');
    links[0] = 'Classeur client (lien)';
    links[200] = 'https://docs.google.com/spreadsheets/d/abc/edit'; // sheet row 201: still the default
    expect(lastClientRow(links)).toBe(201);
    links[201] = 'https://docs.google.com/spreadsheets/d/def/edit'; // sheet row 202
    expect(lastClientRow(links)).toBe(202);
    links[240] = '   ';
    expect(lastClientRow(links)).toBe(202);
  });

  it('puts a formula where the cell is empty or held a formula, and keeps what was typed', () => {
    const values = ['Entreprise', 'ACME (imported)', 'Ma note', '', 42];
    const formulas = ['', '=OLD()', '', '', ''];
    const column = formulaColumn(values, formulas, 5, (row) => `=F(${row})`);
    expect(column).toEqual([['=F(2)'], ['Ma note'], ['=F(4)'], [42]]);
  });
});

describe('the closing message', () => {
  const ACCES = PORTFOLIO_WARNINGS.acces;
  it('reads each client row’s state from its column B', () => {
    const links = ['https://x', '', 'https://y', 'pas un lien', 'https://z', 'https://w', 'https://v'];
    const shown = ['ACME', '', ACCES, PORTFOLIO_WARNINGS.lien, PORTFOLIO_WARNINGS.version, '', '#REF!'];
    expect(clientRows(links, shown)).toEqual([
      { row: 2, state: 'importe' }, { row: 4, state: 'acces' }, { row: 5, state: 'lien' },
      { row: 6, state: 'version' }, { row: 7, state: 'calcul' }, { row: 8, state: 'calcul' },
    ]);
  });

  it('lists rows in French, and cuts a long list', () => {
    expect(rowList([4])).toBe('ligne 4');
    expect(rowList([4, 9])).toBe('lignes 4 et 9');
    expect(rowList([2, 3, 4])).toBe('lignes 2, 3 et 4');
    expect(rowList([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe('lignes 2, 3, 4, 5, 6, 7, 8 et 9 … (10 en tout)');
  });

  it('says how many client rows were found and which wait for « Autoriser l’accès »', () => {
    expect(portfolioSummary([], 200)).toBe('Portefeuille prêt : 200 lignes attendent chacune le lien d’un classeur client en colonne A (voir la note de la cellule A1).');
    expect(portfolioSummary([{ row: 2, state: 'importe' }], 200)).toBe('Portefeuille : 1 classeur client, lu ; les lignes se mettent à jour seules.');
    expect(portfolioSummary([{ row: 2, state: 'importe' }, { row: 3, state: 'importe' }], 200)).toBe('Portefeuille : 2 classeurs clients, tous lus ; les lignes se mettent à jour seules.');
    expect(portfolioSummary([{ row: 2, state: 'importe' }, { row: 3, state: 'acces' }, { row: 5, state: 'acces' }, { row: 6, state: 'lien' }], 200))
      .toBe('Portefeuille : 4 classeurs clients, 1 lu. À autoriser (cliquez la cellule B de la ligne, puis « Autoriser l’accès ») : lignes 3 et 5. Lien invalide : ligne 6.');
  });
});
