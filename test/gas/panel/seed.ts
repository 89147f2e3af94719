// Test helper: an initialised classeur with three Plan actions and two Budget postes, at TEST_NOW.
import type { Emulator } from '../../emulator/index';
import { bundleEmulator } from '../../support/bundle';

/** Day `day` of `month` 2026. */
export const d = (day: number, month = 11) => new Date(2026, month - 1, day);

/** Plan rows 2–4 (contract column order, as Initialiser lays it out). */
export const PLAN_ROWS = [
  ['A-001', '2026-11', 'Fondations', 'Auditer le site', 'Ponctuelle', 'Marie', 'Fait', d(5), '', 300, 280, 'Site web', '', ''],
  ['A-002', '2026-11', 'Tester', 'Choisir le CRM', 'Ponctuelle', 'Paul', 'En cours', d(25), '', 500, '', 'Site web', '', ''],
  ['A-003', '2026-11', 'Tester', 'Importer les contacts', 'Ponctuelle', 'Paul', 'Bloqué', d(20), '', '', '', '', '', ''],
];

/** An initialised classeur at TEST_NOW holding the Plan rows above and two Budget postes. */
export function seededEmulator(): Emulator {
  const emu = bundleEmulator();
  emu.run('boussoleInitialiser');
  emu.book.setValues('Plan', 'A2:N4', PLAN_ROWS);
  emu.book.setValues('Budget', 'A2:F3', [
    ['Site web', 'Long terme', 'Tech', 'Non', 2000, ''],
    ['Formation', 'Résultats rapides', 'Humain', 'Non', 800, ''],
  ]);
  emu.ui.alerts.length = 0;
  emu.calls.reset();
  return emu;
}
