// Read-only sections of the Panneau: weather and counters, alerts, next ritual, this week's actions.

import type { PanelAction, PanelAlert, PanelRitual, PanelSnapshot } from '../src/core/panel/snapshot';
import { checklistItems, checklistTitle } from './checklist';
import { byId, el, fill } from './dom';
import { weatherIcon } from './weather-icon';

export interface Gestes {
  /** Selects the cells of an alert, or of the actions à clarifier. */
  select(cible: { cellules: string[] }, bouton: HTMLButtonElement): void;
  changeStatus(action: PanelAction, statut: string, champ: HTMLSelectElement): void;
  openRitual(rituel: PanelRitual, bouton: HTMLButtonElement): void;
}

const COMPTEURS: ReadonlyArray<[keyof PanelSnapshot['compteurs'], string, string]> = [
  ['aFaire', 'À faire', 'neutre'], ['enCours', 'En cours', 'bleu'], ['bloquees', 'Bloquées', 'orange'],
  ['enRetard', 'En retard', 'rouge'], ['faites', 'Faites', 'vert'],
];

/** Weather of the month and its five counters. */
export function showWeather(d: PanelSnapshot): void {
  const libelle = d.meteo.split(' ').slice(1).join(' ');
  fill('mois', d.moisLibelle);
  fill('projet', d.projet || 'Projet sans nom', d.entreprise ? ` · ${d.entreprise}` : '');
  fill('meteo',
    weatherIcon(libelle),
    el('span', { class: 'meteo-texte' }, el('strong', { 'data-meteo': d.meteo }, libelle), el('span', { class: 'muted' }, `Météo du projet · ${d.compteurs.total} action${d.compteurs.total > 1 ? 's' : ''} ce mois`)));
  fill('compteurs', ...COMPTEURS.map(([key, label, couleur]) =>
    el('li', { class: `compteur ${couleur}`, 'data-compteur': key },
      el('span', { class: 'nombre' }, String(d.compteurs[key])), el('span', { class: 'libelle' }, label))));
}

/** (v2) The count of actions à clarifier (month and next), with a button selecting their empty cells. */
export function showToClarify(d: PanelSnapshot, gestes: Gestes): void {
  const n = d.aClarifier.nombre;
  if (n === 0) {
    fill('a-clarifier', el('span', { class: 'muted' }, 'Aucune action à clarifier : chacune a une échéance et un responsable.'));
    return;
  }
  const bouton = el('button', { type: 'button', class: 'lien', 'aria-label': `Sélectionner les cellules vides des ${n} actions à clarifier` }, 'Voir les cellules vides');
  bouton.addEventListener('click', () => gestes.select(d.aClarifier, bouton));
  fill('a-clarifier',
    el('span', { class: 'a-clarifier-texte' }, el('strong', { 'data-compteur': 'aClarifier' }, String(n)),
      ` action${n > 1 ? 's' : ''} à clarifier (sans échéance ou sans responsable)`),
    bouton);
}

/** Up to five alerts, each with a button selecting its cells. */
export function showAlerts(d: PanelSnapshot, gestes: Gestes): void {
  if (d.alertes.length === 0) {
    fill('alertes', el('li', { class: 'vide' }, 'Aucun signal d’alerte ce mois-ci. Bravo !'));
    return;
  }
  const items = d.alertes.map((a) => {
    const bouton = el('button', { type: 'button', class: 'lien', 'aria-label': `Sélectionner les cellules : ${a.signal}`, disabled: a.cellules.length === 0 },
      a.cellules.length > 1 ? `Voir les ${a.cellules.length} cellules` : 'Voir la cellule');
    bouton.addEventListener('click', () => gestes.select(a, bouton));
    const item = el('li', { class: `alerte ${a.niveau}` },
      el('div', { class: 'alerte-titre' }, el('span', { class: `pastille ${a.niveau}` }, a.niveau === 'rouge' ? 'Rouge' : 'Orange'), el('strong', {}, a.signal)),
      el('p', { class: 'alerte-message' }, a.message),
      el('p', { class: 'alerte-conseil muted' }, a.conseil));
    const readAll = el('button', { type: 'button', class: 'lien', 'aria-expanded': 'false' }, 'Lire tout');
    readAll.addEventListener('click', () => {
      const ouverte = item.classList.toggle('ouverte');
      readAll.setAttribute('aria-expanded', String(ouverte));
      readAll.textContent = ouverte ? 'Réduire' : 'Lire tout';
    });
    item.append(el('div', { class: 'alerte-gestes' }, bouton, readAll));
    return item;
  });
  const reste = d.alertesTotal - d.alertes.length;
  fill('alertes', ...items, reste > 0 ? el('li', { class: 'vide' }, `… et ${reste} autre${reste > 1 ? 's' : ''} : menu Vérifier les signaux d’alerte.`) : null);
}

/** The next ritual (any ritual with a Prochaine date from today on), its date, and a button opening its meeting dialog. */
export function showRitual(d: PanelSnapshot, gestes: Gestes): void {
  const r = d.prochainRituel;
  if (!r) {
    fill('rituel', el('p', { class: 'vide' }, 'Aucune date prévue : renseignez « Prochaine date » dans Gouvernance.'));
    return;
  }
  const quand = r.dansJours === 0 ? 'aujourd’hui' : r.dansJours === 1 ? 'demain' : `dans ${r.dansJours} jours`;
  const bouton = el('button', { type: 'button', class: 'bouton secondaire', 'aria-label': `Préparer « ${r.rituel} »` }, 'Préparer ce rituel');
  bouton.addEventListener('click', () => gestes.openRitual(r, bouton));
  fill('rituel',
    el('p', { class: 'rituel-nom' }, el('strong', {}, r.rituel)),
    el('p', { class: 'muted' }, el('time', { datetime: r.dateIso }, r.dateLibelle), ` · ${quand}`),
    r.participants ? el('p', { class: 'muted petit' }, r.participants) : null,
    el('div', { class: 'rituel-gestes' }, bouton));
}

/** The check-list, collapsed under its one line `Check-list : 3/5` (the toggle is wired once in panneau.ts). */
export function showChecklist(d: PanelSnapshot): void {
  byId('checklist-bascule').textContent = checklistTitle(d.checklist);
  fill('checklist', ...checklistItems(d.checklist, false));
}

const JOURS = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];

/** `jeu. 26/11` from `2026-11-26`. */
function shortDay(iso: string): string {
  const [y, m, j] = iso.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, j ?? 1);
  return `${JOURS[date.getDay()]} ${String(j).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
}

/** This week's actions, each with a status dropdown that saves on change. */
export function showWeek(d: PanelSnapshot, gestes: Gestes): void {
  if (d.semaine.length === 0) {
    fill('semaine', el('li', { class: 'vide' }, 'Aucune échéance dans les 7 prochains jours.'));
    return;
  }
  const items = d.semaine.map((a, i) => {
    const champ = el('select', { id: `statut-${i}`, class: 'statut', 'aria-label': `Statut de « ${a.action} »`, 'data-id': a.id });
    for (const s of d.statuts) champ.append(el('option', { value: s, selected: s === a.statut }, s));
    champ.addEventListener('change', () => gestes.changeStatus(a, champ.value, champ));
    const quand = a.dansJours === 0 ? 'aujourd’hui' : a.dansJours === 1 ? 'demain' : shortDay(a.echeanceIso);
    return el('li', { class: 'action' },
      el('p', { class: 'action-nom' }, a.action),
      el('div', { class: 'action-ligne' },
        el('span', { class: 'muted petit', title: `${a.id} · échéance ${a.echeanceLibelle}` }, [quand, a.responsable].filter(Boolean).join(' · ')), champ));
  });
  const reste = d.semaineTotal - d.semaine.length;
  fill('semaine', ...items, reste > 0 ? el('li', { class: 'vide' }, `… et ${reste} autre${reste > 1 ? 's' : ''} dans Plan.`) : null);
}
