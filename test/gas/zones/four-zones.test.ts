// Two time zones (issue 11): the script runs in the manifest's zone (Europe/Paris) while each
// spreadsheet has its own. The whole flow — Initialiser, Charger un exemple, the report, the
// relaunch plan, a meeting saved, a quick-add from the sidebar — must give the same calendar
// dates in every cell and the same report numbers in Paris, Martinique, Réunion and Nouméa.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedEmulator } from '../../support/bundle';

const ZONES = ['Europe/Paris', 'America/Martinique', 'Indian/Reunion', 'Pacific/Noumea'] as const;
/** 23/11/2026 in all four zones: 13:00 Paris, 08:00 Martinique, 16:00 Réunion, 23:00 Nouméa. */
const NOW = new Date(Date.UTC(2026, 10, 23, 12, 0, 0));

type Shown = Record<string, string[][]>;

/** Runs the flow in a spreadsheet set to `zone`; returns every tab as the user sees it, and the results. */
function flow(zone: string): { shown: Shown; report: unknown; relance: unknown; meeting: unknown; quickAdd: unknown } {
  const emu = loadedEmulator({ now: NOW, spreadsheetTimeZone: zone });
  emu.run('boussoleInitialiser');
  emu.run('boussoleChargerExemple');
  const report = emu.run('boussoleGenererRapportPour', '2026-10');
  const relance = emu.run('boussolePlanRelance');
  const meeting = emu.run('boussoleEnregistrerPointHebdo', {
    date: '2026-11-23', meteo: '🌤️ Variable', decisions: 'Relancer le prestataire', blocages: '', participants: 'Claire, Karim',
  });
  const quickAdd = emu.run('boussoleAjouterAction', {
    action: 'Publier le guide des menuiseries', mois: '2026-12', responsable: 'Léa', echeance: '2026-12-15', budgetPrevu: '450', poste: '',
  });
  const shown: Shown = {};
  for (const name of emu.book.sheetNames()) shown[name] = emu.book.displayValues(name);
  return { shown, report, relance, meeting, quickAdd };
}

describe('the same calendar dates in four time zones', () => {
  const runs = new Map<string, ReturnType<typeof flow>>();
  beforeAll(() => {
    for (const zone of ZONES) runs.set(zone, flow(zone));
  }, 600_000);

  it('shows in Paris (the reference run) the dates the user typed and the plan months', () => {
    const plan = runs.get('Europe/Paris')?.shown['Plan'] ?? [];
    const header = plan[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    // The quick-added action: month décembre 2026, due 15/12/2026, as typed in the form.
    const added = plan.find((row) => row[col('Action')] === 'Publier le guide des menuiseries');
    expect([added?.[col('Mois')], added?.[col('Échéance')]]).toEqual(['décembre 2026', '15/12/2026']);
    // The relaunch plan: eight actions from Monday 23/11/2026.
    expect(plan.filter((row) => row[col('Origine')] === 'Relance 8 semaines')).toHaveLength(8);
    // The meeting: Journal row dated 23/11/2026.
    const journal = runs.get('Europe/Paris')?.shown['Journal'] ?? [];
    expect(journal.some((row) => row[0] === '23/11/2026' && row.includes('Relancer le prestataire'))).toBe(true);
  });

  it.each(ZONES.slice(1))('%s: every cell of every tab shows what Paris shows', (zone) => {
    const paris = runs.get('Europe/Paris')?.shown ?? {};
    const there = runs.get(zone)?.shown ?? {};
    expect(Object.keys(there)).toEqual(Object.keys(paris));
    for (const tab of Object.keys(paris)) expect({ tab, cells: there[tab] }).toEqual({ tab, cells: paris[tab] });
  });

  it.each(ZONES.slice(1))('%s: the same report numbers, relaunch, meeting and quick-add answers', (zone) => {
    const paris = runs.get('Europe/Paris');
    const there = runs.get(zone);
    expect(there?.report).toEqual(paris?.report);
    expect(there?.relance).toEqual(paris?.relance);
    expect(there?.meeting).toEqual(paris?.meeting);
    expect(there?.quickAdd).toEqual(paris?.quickAdd);
  });
});
