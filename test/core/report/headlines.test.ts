// The report's short forms (SPEC §6 v2): the cap (first 20 words of Vision à 3 ans) and section 5's
// six lines, rouge first, then « … et N autres signaux : menu Vérifier les signaux d'alerte ».
import { beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/core/alerts/types';
import { capOf, signalsShown } from '../../../src/core/report/headlines';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { layoutReport } from '../../../src/core/report/layout';
import { action, cadrage, calmWorkbook, resetRows } from '../fixtures';
import { d } from '../fixtures';

beforeEach(resetRows);

const line = (signal: string, niveau: 'rouge' | 'orange'): Alert => ({ signal, niveau, message: signal, cellules: [], conseil: '' }) as unknown as Alert;

describe('capOf', () => {
  it('keeps a vision of 20 words or fewer whole, and cuts a longer one after its 20th word', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `m${i + 1}`).join(' ');
    expect(capOf(`  ${twenty}  `)).toBe(twenty);
    expect(capOf(`${twenty} m21 m22`)).toBe(`${twenty} …`);
    expect(capOf('   ')).toBeNull();
  });
});

describe('signalsShown', () => {
  it('prints the first 6 lines of the ordered list and points to the menu for the rest', () => {
    const list = [line('R1', 'rouge'), line('R2', 'rouge'), ...['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7'].map((s) => line(s, 'orange'))];
    const shown = signalsShown(list);
    expect(shown.lignes.map((a) => a.signal as string)).toEqual(['R1', 'R2', 'O1', 'O2', 'O3', 'O4']);
    expect(shown).toMatchObject({ rouges: 2, orange: 7, reste: 3, suite: '… et 3 autres signaux : menu Vérifier les signaux d\'alerte' });
  });

  it('says « 1 autre signal » for seven lines and nothing for six', () => {
    const seven = Array.from({ length: 7 }, (_, i) => line(`S${i}`, 'orange'));
    expect(signalsShown(seven).suite).toBe('… et 1 autre signal : menu Vérifier les signaux d\'alerte');
    expect(signalsShown(seven.slice(0, 6))).toMatchObject({ reste: 0, suite: null });
  });
});

describe('report layout v2', () => {
  const r = () => {
    const plan = [
      action({ mois: '2026-11', statut: 'Fait', action: 'Publier la fiche Google', resultat: '12 avis en un mois' }),
      action({ mois: '2026-11', statut: 'Fait', action: 'Former l’équipe', resultat: '' }),
      action({ mois: '2026-11', statut: 'Fait', action: 'Refaire la page devis', resultat: 'Page en ligne, 40 % de demandes en plus sur la première semaine, le formulaire raccourci à 4 champs' }),
    ];
    const classeur = calmWorkbook({ plan, cadrage: cadrage({ vision: 'Être la référence locale.' }) });
    return layoutReport(buildMonthlyReport(classeur, '2026-11', d('2026-11-20'))).values;
  };

  it('shows each done action’s Résultat: beside it when short, after it when long, « à renseigner » when empty', () => {
    const v = r();
    const done = v.findIndex((row) => row[0] === 'Faites (3)');
    expect(v[done]?.[1]).toBe('Résultat obtenu');
    expect(v.slice(done + 1, done + 4).map((row) => [row[0], row[1]])).toEqual([
      ['Publier la fiche Google', '12 avis en un mois'],
      ['Former l’équipe', 'à renseigner (Plan, colonne Résultat)'],
      ['Refaire la page devis → Page en ligne, 40 % de demandes en plus sur la première semaine, le formulaire raccourci à 4 champs', ''],
    ]);
  });

  it('puts the cap and the trend under the title', () => {
    const v = r();
    expect(v[1]?.slice(0, 2)).toEqual(['Météo : ☀️ Ensoleillé', 'Tendance : — sept. → — oct. → ☀️ nov.']);
    expect(v[3]?.[0]).toBe('Cap : Être la référence locale.');
  });
});
