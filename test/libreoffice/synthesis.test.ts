// BOUSSOLE_SYNTHESE recomputed by a second spreadsheet program: the example classeur (dated today, so
// LibreOffice's TODAY() is the emulator's), with a last report in Historique, a typed Réel and a Plan row
// on an unknown poste, exported to .xlsx without cached values; LibreOffice headless recalculates it and
// every value of the synthesis must equal the emulator's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTHESE_LABELS } from '../../src/contract';
import type { Emulator } from '../emulator';
import { DASH, exampleEmulator } from '../gas/dashboard/support';
import { writeHistorique } from '../gas/portfolio/clients';
import { convertWithLibreOffice, readXlsxSheet, type Lu } from './soffice';

/** A value as both programs can compare it: dates as day serials, numbers rounded to 1e-9. */
function comparable(v: unknown): Lu {
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  if (typeof v === 'number') return Math.round(v * 1e9) / 1e9;
  return v === null || v === undefined ? '' : (v as Lu);
}

const COLUMNS = ['S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'AA', 'AB', 'AC'];

describe('BOUSSOLE_SYNTHESE recalculated by LibreOffice', () => {
  let emu: Emulator;
  let lo: Map<string, { value: Lu; formula: string | null }>;

  beforeAll(async () => {
    const now = new Date();
    emu = exampleEmulator({ now: new Date(now.getFullYear(), now.getMonth(), now.getDate(), 10) });
    writeHistorique(emu.book, { mois: '2026-10', meteo: '🌧️ Pluvieux', rouges: 1 }, now);
    const last = emu.book.values('Plan').length + 1;
    emu.book.setValues('Plan', `A${last}:L${last}`, [['A-900', now, 'Tester', 'Achat imprévu', 'Ponctuelle', 'Léa', 'Bloqué', now, '', '', 80, 'Poste inconnu']]);
    const dir = mkdtempSync(join(tmpdir(), 'boussole-synthese-'));
    const exported = join(dir, 'synthese.xlsx');
    await emu.saveXlsx(exported, { cachedValues: false });
    lo = await readXlsxSheet(convertWithLibreOffice(exported, join(dir, 'libreoffice'), 'xlsx'), DASH);
  }, 180_000);

  it('gives each of the 11 values the emulator’s value', () => {
    const mine = (emu.book.values(DASH, 'S3:AC3')[0] ?? []).map(comparable);
    const theirs = COLUMNS.map((c) => comparable(lo.get(`${c}3`)?.value ?? ''));
    const differences = SYNTHESE_LABELS.flatMap((label, i) => (mine[i] === theirs[i] ? [] : [`${label}: emulator ${String(mine[i])} / LibreOffice ${String(theirs[i])}`]));
    expect(differences).toEqual([]);
    expect(COLUMNS.every((c) => lo.get(`${c}3`)?.formula)).toBe(true);
  });

  it('computed something in every cell (no empty or error value)', () => {
    const values = COLUMNS.map((c) => lo.get(`${c}3`)?.value);
    expect(values.filter((v) => v === '' || (typeof v === 'string' && v.startsWith('#ERR')))).toEqual([]);
    expect(values[2]).toBe('🌧️ Pluvieux');
  });
});
