// The *Check-list stratégique* (SPEC §6 v2, PEAK, before buying a tool): five lines, each ✅ or ❌
// with what is missing. A guide, not an alert: shown in the sidebar, on Tableau de bord, in Aide.

import { HUMAN_SHARE_MIN } from '../budget/split';
import { humanShare, totalPlanned } from '../budget/tracking';
import { formatEuros, formatPercent, nameList, plural } from '../format';
import type { Cadrage, Workbook } from '../types';

/** Words allowed in `Vision à 3 ans`. */
export const VISION_MAX_WORDS = 100;
/** Distinct months of Plan actions asked for. */
export const PLAN_MIN_MONTHS = 6;
const EPS = 1e-9;

/** One line: the step, ✅ or ❌, what is missing (or what is done), and why it matters before buying a tool. */
export interface ChecklistLine {
  etape: 'Vision' | 'Diagnostic' | 'Priorités' | 'Gouvernance' | 'Montée en compétences';
  ok: boolean;
  detail: string;
  pourquoi: string;
}

/** The five lines and how many pass (JSON-safe: shared with the sidebars). */
export interface Checklist {
  lignes: ChecklistLine[];
  faites: number;
}

/** Words of a text: runs separated by spaces that hold at least one letter or digit (« l’équipe » is one). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A v2 Cadrage answer by its key (`douleurs`): the reader fills every question it finds; empty when absent. */
function answer(cadrage: Cadrage, key: string): string {
  const value = (cadrage as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.trim() : '';
}

function vision(cadrage: Cadrage): Pick<ChecklistLine, 'ok' | 'detail'> {
  const words = countWords(cadrage.vision);
  if (words === 0) return { ok: false, detail: 'Cadrage : « Vision à 3 ans » est vide — écrivez en 100 mots au plus où sera l’entreprise dans 3 ans.' };
  if (words > VISION_MAX_WORDS) return { ok: false, detail: `Cadrage : « Vision à 3 ans » fait ${words} mots — ${VISION_MAX_WORDS} au plus, retirez-en ${words - VISION_MAX_WORDS}.` };
  return { ok: true, detail: `Vision écrite en ${plural(words, 'mot')}.` };
}

function diagnostic(cadrage: Cadrage): Pick<ChecklistLine, 'ok' | 'detail'> {
  return answer(cadrage, 'douleurs') === ''
    ? { ok: false, detail: 'Cadrage : « Points de douleur » est vide — notez les processus qui font perdre du temps ou des clients aujourd’hui.' }
    : { ok: true, detail: 'Points de douleur notés dans le Cadrage.' };
}

function priorities(classeur: Workbook): Pick<ChecklistLine, 'ok' | 'detail'> {
  const decided = classeur.backlog.filter((i) => i.decision === 'Démarrer').length;
  const months = new Set(classeur.plan.filter((a) => a.mois !== null && a.statut !== 'Abandonné').map((a) => a.mois)).size;
  const missing = [
    decided === 0 ? 'aucune idée du Backlog décidée « Démarrer »' : '',
    months < PLAN_MIN_MONTHS ? `actions du Plan sur ${plural(months, 'mois', 'mois')} (${PLAN_MIN_MONTHS} au moins)` : '',
  ].filter((m) => m !== '');
  if (missing.length > 0) return { ok: false, detail: `${missing.join(' ; ')}.`.replace(/^./, (c) => c.toUpperCase()) };
  return { ok: true, detail: `${plural(decided, 'idée décidée', 'idées décidées')} « Démarrer », actions sur ${months} mois.` };
}

function governance(classeur: Workbook): Pick<ChecklistLine, 'ok' | 'detail'> {
  const { raci, rituels } = classeur;
  const sansA = raci.filter((c) => c.a.length !== 1).map((c) => c.chantier);
  const sansR = raci.filter((c) => c.r.length === 0).map((c) => c.chantier);
  const sansDate = rituels.filter((r) => r.prochaineDate === null).map((r) => r.rituel);
  const missing = [
    raci.length === 0 ? 'aucun chantier dans la matrice RACI' : '',
    sansA.length > 0 ? `sans un seul « A » : ${nameList(sansA)}` : '',
    sansR.length > 0 ? `sans « R » : ${nameList(sansR)}` : '',
    rituels.length === 0 ? 'aucun rituel' : '',
    sansDate.length > 0 ? `sans prochaine date : ${nameList(sansDate)}` : '',
  ].filter((m) => m !== '');
  if (missing.length > 0) return { ok: false, detail: `Gouvernance — ${missing.join(' ; ')}.` };
  return { ok: true, detail: `${plural(raci.length, 'chantier')} avec un A et un R, ${plural(rituels.length, 'rituel daté', 'rituels datés')}.` };
}

function skills(classeur: Workbook): Pick<ChecklistLine, 'ok' | 'detail'> {
  const total = totalPlanned(classeur.budget);
  const part = humanShare(classeur.budget);
  if (part === null) return { ok: false, detail: 'Budget : aucun « Montant prévu » — prévoyez au moins 25 % pour la formation et l’accompagnement.' };
  const line = `postes « Humain » : ${formatPercent(part)} du budget prévu (${formatEuros(part * total)} sur ${formatEuros(total)})`;
  return part >= HUMAN_SHARE_MIN - EPS
    ? { ok: true, detail: `${line.replace(/^./, (c) => c.toUpperCase())}.` }
    : { ok: false, detail: `Budget : ${line}, ${formatPercent(HUMAN_SHARE_MIN)} au moins — 1 € de formation pour 3 € de technique.` };
}

/** Why each step matters before buying a tool (one sentence, shown in Aide and the sidebar). */
export const WHY: Readonly<Record<ChecklistLine['etape'], string>> = {
  Vision: 'Sans cap partagé, l’outil choisi répondra aux envies du moment plutôt qu’à la direction de l’entreprise.',
  Diagnostic: 'Un outil ne corrige que les problèmes qu’on a nommés : sans diagnostic, on informatise la douleur au lieu de la soigner.',
  Priorités: 'Des idées tranchées et un plan sur six mois disent ce que l’outil doit faire d’abord, et évitent de payer des fonctions inutiles.',
  Gouvernance: 'Un outil sans responsable ni rituel est abandonné en quelques semaines : chacun doit savoir qui décide et quand on fait le point.',
  'Montée en compétences': 'L’outil ne rapporte que si l’équipe sait s’en servir : 1 € de formation pour 3 € de technique.',
};

/** The five lines of a classeur, in SPEC order. */
export function buildChecklist(classeur: Workbook): Checklist {
  const lignes: ChecklistLine[] = ([
    ['Vision', vision(classeur.cadrage)], ['Diagnostic', diagnostic(classeur.cadrage)], ['Priorités', priorities(classeur)],
    ['Gouvernance', governance(classeur)], ['Montée en compétences', skills(classeur)],
  ] as const).map(([etape, r]) => ({ etape, ...r, pourquoi: WHY[etape] }));
  return { lignes, faites: lignes.filter((l) => l.ok).length };
}
