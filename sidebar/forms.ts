// The two forms of the Panneau: quick-add (server-validated, field-level errors) and the report.

import type { AdditionField, PanelSnapshot } from '../src/core/panel/snapshot';
import { announce, byId, el, fill } from './dom';
import { callServer, type FormulaireAjout } from './rpc';

const CHAMPS: readonly AdditionField[] = ['action', 'mois', 'responsable', 'echeance', 'budgetPrevu', 'poste'];

/** Fills the choices of both forms from the snapshot (keeps what the user already typed). */
export function prepareForms(d: PanelSnapshot): void {
  const mois = byId<HTMLInputElement>('f-mois');
  if (mois.value === '') mois.value = d.mois;
  const poste = byId<HTMLSelectElement>('f-poste');
  const choisi = poste.value;
  poste.replaceChildren(el('option', { value: '' }, '— Aucun —'), ...d.postes.map((p) => el('option', { value: p, selected: p === choisi }, p)));
  fill('responsables', ...d.responsables.map((r) => el('option', { value: r })));
  const rapport = byId<HTMLSelectElement>('r-mois');
  const garde = rapport.value || d.moisRapportSuggere;
  rapport.replaceChildren(...d.moisRapport.map((m) => el('option', { value: m.valeur, selected: m.valeur === garde }, m.libelle)));
}

function showErrors(erreurs: Partial<Record<AdditionField, string>>): void {
  let premier: HTMLElement | null = null;
  for (const champ of CHAMPS) {
    const input = byId(`f-${champ}`);
    const zone = byId(`e-${champ}`);
    const message = erreurs[champ];
    zone.textContent = message ?? '';
    zone.hidden = message === undefined;
    if (message === undefined) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    if (message !== undefined && premier === null) premier = input;
  }
  premier?.focus();
}

/** Wires the quick-add form; `apres` refreshes the panel after a row was added. */
export function wireAddition(apres: () => Promise<void>): void {
  const form = byId<HTMLFormElement>('ajout');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const valueOf = (champ: AdditionField) => byId<HTMLInputElement>(`f-${champ}`).value;
    const donnees = Object.fromEntries(CHAMPS.map((c) => [c, valueOf(c)])) as unknown as FormulaireAjout;
    const bouton = byId<HTMLButtonElement>('f-envoyer');
    bouton.disabled = true;
    announce('Ajout en cours…');
    try {
      const r = await callServer('boussoleAjouterAction', donnees);
      if (!r.ok) {
        showErrors(r.erreurs);
        announce(r.message, 'erreur');
        return;
      }
      showErrors({});
      for (const c of ['action', 'echeance', 'budgetPrevu'] as const) byId<HTMLInputElement>(`f-${c}`).value = '';
      announce(r.message, 'succes');
      await apres();
    } catch (error) {
      announce((error as Error).message, 'erreur');
    } finally {
      bouton.disabled = false;
    }
  });
}

/** Wires the report form: visible progress while the server writes the tab. */
export function wireReport(): void {
  const form = byId<HTMLFormElement>('rapport');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const select = byId<HTMLSelectElement>('r-mois');
    const libelle = select.selectedOptions[0]?.textContent ?? select.value;
    const bouton = byId<HTMLButtonElement>('r-generer');
    const progres = byId('r-progres');
    bouton.disabled = true;
    progres.hidden = false;
    fill('r-etat', `Génération du rapport ${/^[aeiouéè]/i.test(libelle) ? 'd’' : 'de '}${libelle}… (quelques secondes)`);
    try {
      const r = await callServer('boussoleGenererRapportPour', select.value);
      const signaux = `${r.alertes} signal${r.alertes > 1 ? 'aux' : ''} d’alerte`;
      fill('r-etat', el('strong', {}, 'Rapport prêt'), ` : onglet « ${r.feuille} » · ${r.meteo} · ${signaux}.`);
      announce(`Rapport prêt : onglet « ${r.feuille} ».`, 'succes');
    } catch (error) {
      fill('r-etat', (error as Error).message);
      announce((error as Error).message, 'erreur');
    } finally {
      progres.hidden = true;
      bouton.disabled = false;
    }
  });
}
