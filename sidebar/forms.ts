// The two forms of the Panneau: quick-add (server-validated, field-level errors) and the report.

import type { ChampAjout, PanneauDonnees } from '../src/core/panel';
import { annoncer, byId, el, remplir } from './dom';
import { appeler, type FormulaireAjout } from './rpc';

const CHAMPS: readonly ChampAjout[] = ['action', 'mois', 'responsable', 'echeance', 'budgetPrevu', 'poste'];

/** Fills the choices of both forms from the snapshot (keeps what the user already typed). */
export function preparerFormulaires(d: PanneauDonnees): void {
  const mois = byId<HTMLInputElement>('f-mois');
  if (mois.value === '') mois.value = d.mois;
  const poste = byId<HTMLSelectElement>('f-poste');
  const choisi = poste.value;
  poste.replaceChildren(el('option', { value: '' }, '— Aucun —'), ...d.postes.map((p) => el('option', { value: p, selected: p === choisi }, p)));
  remplir('responsables', ...d.responsables.map((r) => el('option', { value: r })));
  const rapport = byId<HTMLSelectElement>('r-mois');
  const garde = rapport.value || d.moisRapportSuggere;
  rapport.replaceChildren(...d.moisRapport.map((m) => el('option', { value: m.valeur, selected: m.valeur === garde }, m.libelle)));
}

function montrerErreurs(erreurs: Partial<Record<ChampAjout, string>>): void {
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
export function brancherAjout(apres: () => Promise<void>): void {
  const form = byId<HTMLFormElement>('ajout');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const valeur = (champ: ChampAjout) => byId<HTMLInputElement>(`f-${champ}`).value;
    const donnees = Object.fromEntries(CHAMPS.map((c) => [c, valeur(c)])) as unknown as FormulaireAjout;
    const bouton = byId<HTMLButtonElement>('f-envoyer');
    bouton.disabled = true;
    annoncer('Ajout en cours…');
    try {
      const r = await appeler('boussoleAjouterAction', donnees);
      if (!r.ok) {
        montrerErreurs(r.erreurs);
        annoncer(r.message, 'erreur');
        return;
      }
      montrerErreurs({});
      for (const c of ['action', 'echeance', 'budgetPrevu'] as const) byId<HTMLInputElement>(`f-${c}`).value = '';
      annoncer(r.message, 'succes');
      await apres();
    } catch (error) {
      annoncer((error as Error).message, 'erreur');
    } finally {
      bouton.disabled = false;
    }
  });
}

/** Wires the report form: visible progress while the server writes the tab. */
export function brancherRapport(): void {
  const form = byId<HTMLFormElement>('rapport');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const select = byId<HTMLSelectElement>('r-mois');
    const libelle = select.selectedOptions[0]?.textContent ?? select.value;
    const bouton = byId<HTMLButtonElement>('r-generer');
    const progres = byId('r-progres');
    bouton.disabled = true;
    progres.hidden = false;
    remplir('r-etat', `Génération du rapport ${/^[aeiouéè]/i.test(libelle) ? 'd’' : 'de '}${libelle}… (quelques secondes)`);
    try {
      const r = await appeler('boussoleGenererRapportPour', select.value);
      const signaux = `${r.alertes} signal${r.alertes > 1 ? 'aux' : ''} d’alerte`;
      remplir('r-etat', el('strong', {}, 'Rapport prêt'), ` : onglet « ${r.feuille} » · ${r.meteo} · ${signaux}.`);
      annoncer(`Rapport prêt : onglet « ${r.feuille} ».`, 'succes');
    } catch (error) {
      remplir('r-etat', (error as Error).message);
      annoncer((error as Error).message, 'erreur');
    } finally {
      progres.hidden = true;
      bouton.disabled = false;
    }
  });
}
