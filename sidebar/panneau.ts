// The Panneau de pilotage (SPEC §8): loads the snapshot, renders it with DOM APIs only, and
// wires the one-click gestures (select an alert's cells, change a status) to the server.

import type { PanelAction, PanelRitual } from '../src/core/panel/snapshot';
import { wireToggle } from './checklist';
import { announce, byId } from './dom';
import { wireAddition, wireReport, prepareForms } from './forms';
import { callServer } from './rpc';
import { showAlerts, showChecklist, showWeather, showRitual, showWeek, showToClarify, type Gestes } from './sections';

const gestes: Gestes = {
  async select(cible: { cellules: string[] }, bouton: HTMLButtonElement) {
    bouton.disabled = true;
    try {
      const r = await callServer('boussoleSelectionnerCellules', cible.cellules);
      announce(r.message, 'succes');
    } catch (error) {
      announce((error as Error).message, 'erreur');
    } finally {
      bouton.disabled = false;
    }
  },
  async openRitual(rituel: PanelRitual, bouton: HTMLButtonElement) {
    bouton.disabled = true;
    announce(`Ouverture de « ${rituel.rituel} »…`);
    try {
      const r = await callServer('boussoleOuvrirRituel', rituel.rituel);
      announce(r.message, 'succes');
    } catch (error) {
      announce((error as Error).message, 'erreur');
    } finally {
      bouton.disabled = false;
    }
  },
  async changeStatus(action: PanelAction, statut: string, champ: HTMLSelectElement) {
    champ.disabled = true;
    announce('Enregistrement du statut…');
    try {
      // The ID targets the action; its row and text let the server check it has not moved (defect 7.4).
      const r = await callServer('boussoleChangerStatut', { id: action.id, ligne: action.ligne, action: action.action, statut });
      announce(r.message, r.ok ? 'succes' : 'erreur');
      if (!r.ok) champ.value = action.statut;
      await refresh();
    } catch (error) {
      announce((error as Error).message, 'erreur');
      champ.value = action.statut;
    } finally {
      champ.disabled = false;
    }
  },
};

/** Reloads the snapshot and redraws every section. */
async function refresh(): Promise<void> {
  const main = byId('panneau');
  main.setAttribute('aria-busy', 'true');
  try {
    const d = await callServer('boussoleDonneesPanneau');
    showWeather(d);
    showToClarify(d, gestes);
    showAlerts(d, gestes);
    showRitual(d, gestes);
    showChecklist(d);
    showWeek(d, gestes);
    prepareForms(d);
    const heure = new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
    byId('maj').textContent = `Mis à jour à ${heure}`;
    main.dataset.etat = 'pret';
  } catch (error) {
    announce((error as Error).message, 'erreur');
    main.dataset.etat = 'erreur';
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

function start(): void {
  wireAddition(refresh);
  wireReport();
  wireToggle('checklist-bascule', 'checklist');
  byId('actualiser').addEventListener('click', () => {
    announce('');
    void refresh();
  });
  void refresh();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
