// The help sidebar's section for the consultant (SPEC §10): how to add a client to the portfolio,
// what « Autoriser l'accès » means, and what each column of `Portefeuille` says.

import { PORTEFEUILLE_HEADERS, PORTEFEUILLE_NOTES, TAB } from '../src/contract';
import { byId, el } from './dom';

const MENU = 'Extensions › Boussole › Créer un portefeuille consultant';

/** The three steps of adding a client. */
const ETAPES: readonly string[] = [
  `Dans votre propre classeur Google Sheets (pas celui d’un client), lancez ${MENU} : l’onglet « ${TAB.portefeuille} » apparaît, prêt pour 200 clients.`,
  'Ouvrez le classeur Boussole du client, copiez l’adresse de la page et collez-la dans une ligne libre de la colonne A. La ligne se remplit seule.',
  'La première fois, la ligne affiche « ⚠ Autorisez l’accès (cliquez la cellule) » : cliquez la cellule, puis le bouton « Autoriser l’accès » de Google.',
];

/** Each ⚠ text a row may show, and what to do. */
const MESSAGES: ReadonlyArray<[string, string]> = [
  ['⚠ Autorisez l\'accès (cliquez la cellule)', 'Google attend votre accord pour relier les deux classeurs. Si Google répond que vous n’avez pas accès, '
    + 'demandez au client de lancer « Partager avec mon consultant ».'],
  ['⚠ lien invalide', 'La colonne A ne contient pas l’adresse d’un classeur Google Sheets, ou ce classeur n’est pas un classeur Boussole.'],
  ['⚠ mettez à jour Boussole dans ce classeur', 'Le classeur du client date d’avant le portefeuille : il lance « Actualiser le tableau de bord » (ou « Initialiser le classeur ») une fois.'],
];

function section(): HTMLElement {
  return el('section', { class: 'carte', 'aria-labelledby': 'titre-consultant' },
    el('h1', { id: 'titre-consultant' }, 'Pour le consultant : le portefeuille'),
    el('p', { class: 'muted' }, 'Une ligne par client, à jour sans rien ouvrir : météo, retards, blocages, budget consommé et jours sans nouvelles.'),
    el('ol', { class: 'numerotee' }, ...ETAPES.map((texte) => el('li', {}, texte))),
    el('h2', {}, 'Que veut dire « Autoriser l’accès » ?'),
    el('p', {}, 'Le portefeuille lit chaque classeur client avec la fonction IMPORTRANGE de Google Sheets ; Boussole n’ouvre elle-même aucun autre fichier. '
      + 'Google demande votre accord une seule fois par classeur client. Si aucun bouton n’apparaît en cliquant la cellule, tapez dans une cellule vide '
      + '=IMPORTRANGE(A5;"A1") (A5 : la cellule du lien), cliquez « Autoriser l’accès », puis effacez cette cellule.'),
    el('h2', {}, 'Les messages d’une ligne'),
    el('ul', { class: 'messages' }, ...MESSAGES.map(([texte, sens]) => el('li', {}, el('strong', {}, texte), ' — ', sens))),
    el('h2', {}, 'Les colonnes'),
    el('dl', { class: 'colonnes' }, ...PORTEFEUILLE_HEADERS.flatMap((header, i) => [el('dt', {}, header), el('dd', {}, PORTEFEUILLE_NOTES[i] ?? '')])),
    el('p', { class: 'muted petit' }, 'Colonne D colorée selon la météo ; « Jours sans nouvelles » en orange au-delà de 14 jours, en rouge au-delà de 30.'));
}

byId('consultant').replaceChildren(section());
