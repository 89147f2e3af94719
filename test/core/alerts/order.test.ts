// The one order of the §6 table that the report, the dialog, the sidebar and boussoleSignaux share.
import { describe, expect, it } from 'vitest';
import { SIGNALS, sortAlerts, type Alert, type Signal } from '../../../src/core/alerts/types';

const line = (signal: Signal, niveau: 'rouge' | 'orange', message = ''): Alert => ({ signal, niveau, message, cellules: [], conseil: '' });

describe('SIGNALS', () => {
  it('lists the 22 signals of the §6 table in its row order', () => {
    expect(SIGNALS).toEqual([
      'Retard', 'Blocage', 'Dépassement budgétaire', 'Dérive du projet', 'Budget non aligné', 'Répartition déséquilibrée',
      'Tableau de bord abandonné', 'Rituels non tenus', 'Adoption non vérifiée', 'Cadrage incomplet', 'Pilote absent',
      'Actions à clarifier', 'Charge concentrée', 'Humain sous-investi', 'Expérimentation', 'Trop de chantiers',
      'Gouvernance floue', 'Objectif hors trajectoire', 'Idées en attente', 'Périmètre instable', 'Moral en baisse',
      'Rentabilité client',
    ]);
  });
});

describe('sortAlerts', () => {
  it('puts rouge first, then the table order, keeping the order of lines of one signal', () => {
    const sorted = sortAlerts([
      line('Moral en baisse', 'orange'), line('Périmètre instable', 'rouge'), line('Dérive du projet', 'orange', 'rythme'),
      line('Retard', 'orange'), line('Dérive du projet', 'rouge', 'budget'), line('Charge concentrée', 'orange', 'Claire'),
      line('Charge concentrée', 'orange', 'Marc'), line('Blocage', 'rouge'),
    ]);
    expect(sorted.map((a) => `${a.niveau} ${a.signal}${a.message ? ` ${a.message}` : ''}`)).toEqual([
      'rouge Blocage', 'rouge Dérive du projet budget', 'rouge Périmètre instable', 'orange Retard', 'orange Dérive du projet rythme',
      'orange Charge concentrée Claire', 'orange Charge concentrée Marc', 'orange Moral en baisse',
    ]);
  });
});
