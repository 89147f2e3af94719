// The dashboard's weather must not go stale (issue 11): a custom function recomputes only when its
// arguments change, so `Tableau de bord` passes TODAY() to BOUSSOLE_METEO — the weather turns by
// itself when an action becomes late, with no edit and no rebuild.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../../support/bundle';

const MONDAY = new Date(2026, 10, 23, 10, 0, 0);
const WEDNESDAY = new Date(2026, 10, 25, 10, 0, 0);

/** The cell right of the label `Météo du plan` on `Tableau de bord`. */
function weather(emu: ReturnType<typeof loadedEmulator>): unknown {
  const rows = emu.book.values('Tableau de bord');
  const row = rows.find((r) => r[0] === 'Météo du plan');
  return row?.[1];
}

describe('the weather on Tableau de bord', () => {
  it('turns from 🌤️ to 🌧️ when two actions become late overnight, with only the date changed', () => {
    const emu = loadedEmulator({ now: MONDAY });
    emu.run('boussoleInitialiser');
    // Three November actions: one done, two in progress due Tuesday 24/11.
    emu.book.setValues('Plan', 'A2:H4', [
      ['A-001', '2026-11', 'Tester', 'Publier la page devis', 'Ponctuelle', 'Léa', 'Fait', '20/11/2026'],
      ['A-002', '2026-11', 'Tester', 'Relancer les devis', 'Ponctuelle', 'Marc', 'En cours', '24/11/2026'],
      ['A-003', '2026-11', 'Tester', 'Écrire l’article', 'Ponctuelle', 'Léa', 'En cours', '24/11/2026'],
    ]);
    emu.run('boussoleActualiserTableauDeBord');
    // Monday 23/11: nothing late, nothing blocked → no rouge; 1 done of 3 (33 % < 80 %) → Variable.
    expect(weather(emu)).toBe('🌤️ Variable');
    const runs = emu.calls.customFunctionRuns();
    emu.setNow(WEDNESDAY);
    // Wednesday 25/11: are late — 2 of 3 actions (67 % ≥ 20 %) → Retard rouge → Pluvieux.
    expect(weather(emu)).toBe('🌧️ Pluvieux');
    expect(emu.calls.customFunctionRuns()).toBeGreaterThan(runs); // recomputed because TODAY() changed
  });

  it('stays the same when the date moves but nothing crosses a due date (near miss)', () => {
    const emu = loadedEmulator({ now: MONDAY });
    emu.run('boussoleInitialiser');
    emu.book.setValues('Plan', 'A2:H3', [
      ['A-001', '2026-11', 'Tester', 'Publier la page devis', 'Ponctuelle', 'Léa', 'Fait', '20/11/2026'],
      ['A-002', '2026-11', 'Tester', 'Relancer les devis', 'Ponctuelle', 'Marc', 'En cours', '25/11/2026'],
    ]);
    emu.run('boussoleActualiserTableauDeBord');
    expect(weather(emu)).toBe('🌤️ Variable');
    emu.setNow(WEDNESDAY); // due on R itself is not late
    expect(weather(emu)).toBe('🌤️ Variable');
  });
});
