// The help sidebar (SPEC §4 Aide): the method in 10 short steps, each opening its tab, and the
// *Check-list stratégique* (SPEC §6 v2) of this classeur, each step with why it matters.

import { TAB } from '../src/contract';
import { checklistItems, checklistTitle } from './checklist';
import { announce, byId, el, fill } from './dom';
import { callServer } from './rpc';

interface Etape { titre: string; minutes: number; texte: string; onglet: string; menu: string }

/** The 30-minute mini-formation: 10 steps, 30 minutes in all. */
const ETAPES: readonly Etape[] = [
  { titre: 'Installer le classeur', minutes: 2, onglet: TAB.cadrage, menu: 'Initialiser le classeur (ou Charger un exemple pour découvrir)',
    texte: 'Boussole crée les onglets, les listes déroulantes et une note d’aide sur chaque en-tête.' },
  { titre: 'Cadrer le projet en une page', minutes: 5, onglet: TAB.cadrage, menu: 'Vérifier les signaux d’alerte',
    texte: 'Répondez aux quatre questions express : problème, utilisateurs, minimum utile, date butoir.' },
  { titre: 'Fixer des objectifs mesurables', minutes: 3, onglet: TAB.objectifs, menu: 'Actualiser le tableau de bord',
    texte: 'Un indicateur, une valeur de départ, une cible, une échéance, un responsable.' },
  { titre: 'Répartir le budget', minutes: 3, onglet: TAB.budget, menu: 'Répartir le budget selon la maturité',
    texte: 'Long terme, résultats rapides, imprévus ; au moins 25 % pour l’humain et 10 % pour tester.' },
  { titre: 'Noter et prioriser les idées', minutes: 3, onglet: TAB.backlog, menu: 'Prioriser le backlog',
    texte: 'Chaque demande va au backlog, notée de 1 à 5 : le score et le quadrant disent quoi démarrer.' },
  { titre: 'Planifier les mois', minutes: 3, onglet: TAB.plan, menu: 'Ajouter la feuille de route 12 mois type',
    texte: 'Une action, un mois, un responsable, une échéance. Projet enlisé ? Lancez le plan de relance 8 semaines.' },
  { titre: 'Dire qui fait quoi', minutes: 3, onglet: TAB.gouvernance, menu: 'Vérifier les signaux d’alerte',
    texte: 'Une matrice RACI (un seul « A » par chantier) et des rituels avec leur prochaine date.' },
  { titre: 'Chaque lundi : mettre à jour', minutes: 3, onglet: TAB.mesures, menu: 'Ouvrir le panneau de pilotage',
    texte: 'En 10 minutes, saisissez les chiffres de la semaine par canal et changez les statuts depuis le panneau.' },
  { titre: 'Tenir le point hebdo', minutes: 2, onglet: TAB.journal, menu: 'Préparer le point hebdo',
    texte: 'Une réunion de 30 minutes : 5 min météo, 15 min actions, 10 min problèmes ; les décisions vont au Journal. La même fenêtre sert chaque rituel.' },
  { titre: 'Chaque mois : le rapport', minutes: 3, onglet: TAB.tableau, menu: 'Générer le rapport mensuel, puis Partager avec mon consultant',
    texte: 'Une page : actions, indicateurs, budget, signaux, recommandations. Envoyez-la le jour même.' },
];

function step(e: Etape): HTMLLIElement {
  const bouton = el('button', { type: 'button', class: 'bouton secondaire', 'aria-label': `Ouvrir l’onglet ${e.onglet}` }, `Ouvrir « ${e.onglet} »`);
  bouton.addEventListener('click', async () => {
    bouton.disabled = true;
    try {
      announce((await callServer('boussoleOuvrirOnglet', e.onglet)).message, 'succes');
    } catch (error) {
      announce((error as Error).message, 'erreur');
    } finally {
      bouton.disabled = false;
    }
  });
  return el('li', { class: 'etape' },
    el('h2', {}, e.titre, ' ', el('span', { class: 'duree' }, `·\u00a0${e.minutes}\u00a0min`)),
    el('p', {}, e.texte),
    el('p', { class: 'menu' }, `Menu : Boussole › ${e.menu}`),
    bouton);
}

byId('etapes').replaceChildren(...ETAPES.map(step));

/** Loads the check-list of this classeur (read-only RPC). */
async function showChecklist(): Promise<void> {
  try {
    const c = await callServer('boussoleCheckListe');
    byId('titre-checklist').textContent = `Check-list stratégique — ${checklistTitle(c).replace('Check-list : ', '')}`;
    fill('checklist', ...checklistItems(c, true));
  } catch (error) {
    fill('checklist', el('li', { class: 'vide' }, (error as Error).message));
  }
}

void showChecklist();
