// The Panneau de pilotage (SPEC §8): loads the snapshot, renders it with DOM APIs only, and
// wires the one-click gestures (select an alert's cells, change a status) to the server.

import type { ActionPanneau, AlertePanneau } from '../src/core/panel';
import { annoncer, byId } from './dom';
import { brancherAjout, brancherRapport, preparerFormulaires } from './forms';
import { appeler } from './rpc';
import { afficherAlertes, afficherMeteo, afficherRituel, afficherSemaine, type Gestes } from './sections';

const gestes: Gestes = {
  async selectionner(alerte: AlertePanneau, bouton: HTMLButtonElement) {
    bouton.disabled = true;
    try {
      const r = await appeler('boussoleSelectionnerCellules', alerte.cellules);
      annoncer(r.message, 'succes');
    } catch (error) {
      annoncer((error as Error).message, 'erreur');
    } finally {
      bouton.disabled = false;
    }
  },
  async changerStatut(action: ActionPanneau, statut: string, champ: HTMLSelectElement) {
    champ.disabled = true;
    annoncer('Enregistrement du statut…');
    try {
      const r = await appeler('boussoleChangerStatut', { id: action.id, ligne: action.ligne, statut });
      annoncer(r.message, r.ok ? 'succes' : 'erreur');
      await actualiser();
    } catch (error) {
      annoncer((error as Error).message, 'erreur');
      champ.value = action.statut;
    } finally {
      champ.disabled = false;
    }
  },
};

/** Reloads the snapshot and redraws every section. */
async function actualiser(): Promise<void> {
  const main = byId('panneau');
  main.setAttribute('aria-busy', 'true');
  try {
    const d = await appeler('boussoleDonneesPanneau');
    afficherMeteo(d);
    afficherAlertes(d, gestes);
    afficherRituel(d);
    afficherSemaine(d, gestes);
    preparerFormulaires(d);
    const heure = new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
    byId('maj').textContent = `Mis à jour à ${heure}`;
    main.dataset.etat = 'pret';
  } catch (error) {
    annoncer((error as Error).message, 'erreur');
    main.dataset.etat = 'erreur';
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

function demarrer(): void {
  brancherAjout(actualiser);
  brancherRapport();
  byId('actualiser').addEventListener('click', () => {
    annoncer('');
    void actualiser();
  });
  void actualiser();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', demarrer);
else demarrer();
