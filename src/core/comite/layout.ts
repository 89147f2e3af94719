// Lays the comité model out as one printable A4 page (SPEC §4 v2), in the monthly report's style
// (report/grid.ts): title and the quarter's weather, objectives and trajectory, budget by horizon
// beside the maturity split, then the lists and the *Réorientations à décider* (layout-parts.ts).


import { formatDateFr, lastDay } from '../months';
import { formatIndicator } from '../report/layout';
import { COLOURS, FORMATS, SUBTLE, ReportGrid, bannerHeader, headerRow, noteRow, type ReportLayout } from '../report/grid';
import { NO_REPORT } from '../report/history';
import { skippedRowsText } from '../report/layout-parts';
import type { ComiteBudgetLine } from './budget';
import type { Comite, ComiteObjective } from './model';
import { actionsSection, backlogSection, footer, reorientationsSection } from './layout-parts';

const eur = (value: number | null, bold = false) => ({ value: value ?? '—', format: FORMATS.euros, align: 'right' as const, bold });
const pct = (value: number | null, bold = false) => ({ value: value ?? '—', format: FORMATS.pourcent, align: 'right' as const, bold });

/** `Météo du trimestre : juil. 🌤️ Variable · août ⛈️ Orageux · sept. —` (from Historique). */
export function weatherLine(c: Comite): string {
  return `Météo du trimestre : ${c.meteos.map((m) => `${m.libelle} ${m.meteo ?? NO_REPORT}`).join(' · ')}`;
}

function title(g: ReportGrid, c: Comite): void {
  g.banner(c.titre, { bold: true, size: 12, color: COLOURS.titre });
  g.banner(weatherLine(c), { size: 10, bold: true });
  const fin = lastDay(c.mois[2]);
  const situation = c.reference.getTime() > fin.getTime() ? fin : c.reference;
  g.banner(`${c.entreprise || 'Entreprise'} · généré le ${formatDateFr(c.genereLe)} · situation au ${formatDateFr(situation)} · météo des mois : onglet Historique (${NO_REPORT} = pas de rapport)`, SUBTLE);
  if (c.lignesIgnorees > 0) g.banner(`⚠ ${skippedRowsText(c.lignesIgnorees)} : voir le bas de la page.`, { color: COLOURS.orange });
}

function objectiveLine(g: ReportGrid, o: ComiteObjective): void {
  const format = formatIndicator(o.indicateur);
  const canal = o.canal === 'Tous' ? 'tous canaux' : o.canal;
  const color = o.horsTrajectoire === true ? COLOURS.rouge : o.horsTrajectoire === false ? COLOURS.vert : COLOURS.discret;
  g.ligne([
    `${o.indicateur} — ${canal}${o.connu ? '' : ' (indicateur inconnu)'}${o.horsTrajectoire ? ' · hors trajectoire' : ''}`,
    { value: o.valeur ?? '—', format, align: 'right', bold: true },
    { value: o.cible ?? '—', format, align: 'right' },
    { value: o.progression ?? '—', format: FORMATS.pourcent, align: 'right', bold: true, color },
    pct(o.attendu),
  ]);
}

function objectivesSection(g: ReportGrid, c: Comite): void {
  if (c.objectifs.length === 0) {
    bannerHeader(g, 'Objectifs et trajectoire', []);
    noteRow(g, 'Aucun objectif : ajoutez vos indicateurs dans l’onglet Objectifs.');
    return;
  }
  bannerHeader(g, `Objectifs et trajectoire — valeur de ${c.meteos[2]?.libelle ?? ''}`, ['Valeur', 'Cible', 'Progression', 'Attendue']);
  for (const o of c.objectifs) objectiveLine(g, o);
}

const horizonLabel = (l: ComiteBudgetLine) => l.horizon ?? 'Sans horizon (poste inconnu)';

function budgetSection(g: ReportGrid, c: Comite): void {
  const b = c.budget;
  bannerHeader(g, 'Budget par horizon', ['Prévu trimestre', 'Réel trimestre', 'Prévu cumulé', 'Réel à date']);
  for (const l of b.lignes) g.ligne([horizonLabel(l), eur(l.prevuTrimestre), eur(l.reelTrimestre), eur(l.prevuCumule), eur(l.reelADate)]);
  const t = b.total;
  g.ligne([{ value: 'Total', bold: true }, eur(t.prevuTrimestre, true), eur(t.reelTrimestre, true), eur(t.prevuCumule, true), eur(t.reelADate, true)]);
  headerRow(g, [`Répartition cible (maturité ${b.maturite ?? 'non renseignée'})`, 'Part cible', 'Montant cible', 'Montant prévu', 'Part prévue']);
  for (const l of b.repartition) {
    const ecart = l.partCible !== null && l.partPrevue !== null ? l.partPrevue - l.partCible : null;
    const color = ecart !== null && Math.abs(ecart) > 0.15 + 1e-9 ? COLOURS.orange : COLOURS.texte;
    g.ligne([l.horizon, pct(l.partCible), eur(l.montantCible), eur(l.montantPrevu), { ...pct(l.partPrevue), color }]);
  }
}

/** The whole comité tab: model → matrices, in SPEC §4 order. */
export function layoutComite(c: Comite): ReportLayout {
  const g = new ReportGrid();
  title(g, c);
  objectivesSection(g, c);
  budgetSection(g, c);
  actionsSection(g, c);
  backlogSection(g, c);
  reorientationsSection(g, c);
  footer(g, c);
  return g.build();
}

