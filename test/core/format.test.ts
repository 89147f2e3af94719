// French number, euro and percent formatting, name lists, and the A1 references of alerts.
import { describe, expect, it } from 'vitest';
import { cellRef, columnIndex, columnLetter, sheetRef } from '../../src/core/cells';
import { formatEuros, formatNumber, formatPercent, nameList } from '../../src/core/format';
import { classeur } from './fixtures';

describe('French formatting', () => {
  it('formats euros, percents and numbers', () => {
    expect(formatEuros(1650)).toBe('1 650 €');
    expect(formatEuros(1234.5)).toBe('1 234,50 €');
    expect(formatEuros(-80)).toBe('-80 €');
    expect(formatPercent(0.125)).toBe('12,5 %');
    expect(formatPercent(0.8)).toBe('80 %');
    expect(formatPercent(1 / 3)).toBe('33,3 %');
    expect(formatNumber(1234.5)).toBe('1 234,5');
    expect(formatNumber(2 / 3)).toBe('0,67');
  });
  it('lists names with a remainder', () => {
    expect(nameList(['a', 'b', 'c', 'd', 'e'])).toBe('« a », « b », « c », et 2 autres');
    expect(nameList(['a', 'b', 'c', 'd'])).toBe('« a », « b », « c », et 1 autre');
  });
});

describe('A1 references', () => {
  it('quotes sheet names with spaces', () => {
    expect(sheetRef('Plan')).toBe('Plan');
    expect(sheetRef('Tableau de bord')).toBe("'Tableau de bord'");
    expect(sheetRef("Rapport d'octobre")).toBe("'Rapport d''octobre'");
  });
  it('maps column indexes to letters', () => {
    expect([1, 26, 27, 52, 53].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
  it('maps column indexes to letters up to three letters (formerly headers.ts’s 0-based copy)', () => {
    expect([1, 7, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'G', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('prefers the letters read from the sheet, else the contract order', () => {
    expect(cellRef(classeur(), 'Plan', 'Statut', 12)).toBe('Plan!G12');
    expect(cellRef(classeur({ colonnes: { Plan: { Statut: 'B' } } }), 'Plan', 'Statut', 12)).toBe('Plan!B12');
    expect(cellRef(classeur(), 'Tableau de bord', 'X', 1)).toBe("'Tableau de bord'!A1");
  });
});

describe('columnIndex', () => {
  it('reads column letters back to 1-based indexes, beyond Z too', () => {
    expect(columnIndex('A')).toBe(1);
    expect(columnIndex('Z')).toBe(26);
    expect(columnIndex('AA')).toBe(27); // 1 × 26 + 1
    expect(columnIndex('AZ')).toBe(52); // 1 × 26 + 26
    for (const n of [1, 26, 27, 52, 703]) expect(columnIndex(columnLetter(n))).toBe(n);
  });
});
