// Reads `Cadrage` (SPEC §2): each question found by the text of its column A (normalized, a
// trailing `:` or `?` ignored), its answer in column B (or under a `Réponse` header if moved).
// Bad answers are blanked (defaults: seuil 50 %, marge 100 %) with a problem naming the question.
// A question absent from the page reads as an empty answer (SPEC §6).

import { CADRAGE_DEFAULTS, CADRAGE_HEADERS, CADRAGE_QUESTIONS, MATURITES, TAB, type CadrageQuestion } from '../contract';
import type { Cadrage } from '../core/types';
import { columnLetter } from '../core/cells';
import { matchHeaders } from './headers';
import { Row } from './row';
import { label, quoted, type ReadProblem } from './messages';
import { normalize, splitNames } from '../core/text';

const questionKey = (value: unknown): string => normalize(value).replace(/\s*[:?]$/, '');

function emptyCadrage(): Cadrage {
  return {
    entreprise: '', projet: '', probleme: '', utilisateurs: '', minimumUtile: '', dateButoir: null,
    vision: '', maturite: null, budgetAnnuel: null, debutFeuilleDeRoute: null, emailConsultant: '',
    seuilAlerte: CADRAGE_DEFAULTS.seuilAlerte, achatsParAn: null, dureeRelation: null, margeBrute: CADRAGE_DEFAULTS.margeBrute,
    pilote: '', minimumUtileLivre: null, avantage: '', douleurs: '', champions: [], rows: {},
  };
}

/** A fraction within (0, max], else the default with a problem. */
function fraction(l: Row, question: string, max: number, fallback: number, attendu: string): number {
  const value = l.number(question, 'percent');
  if (value === null) return fallback;
  if (value > 0 && value <= max) return value;
  l.report(question, `${label(question)} « ${quoted(l.raw(question))} » hors limites — attendu : ${attendu}`);
  return fallback;
}

function answer(cadrage: Cadrage, q: CadrageQuestion, l: Row): void {
  const key = q.key as keyof Cadrage;
  const header = q.question;
  const set = <K extends keyof Cadrage>(k: K, value: Cadrage[K]): void => void (cadrage[k] = value);
  switch (key) {
    case 'dateButoir': case 'debutFeuilleDeRoute': case 'minimumUtileLivre': return set(key, l.date(header));
    case 'champions': return set(key, splitNames(l.text(header)));
    case 'maturite': return set(key, l.choice(header, MATURITES));
    case 'budgetAnnuel': return set(key, l.number(header, 'euro'));
    case 'achatsParAn': case 'dureeRelation': return set(key, l.number(header));
    case 'emailConsultant': return set(key, l.email(header));
    case 'seuilAlerte': return set(key, fraction(l, header, Infinity, CADRAGE_DEFAULTS.seuilAlerte, 'un pourcentage positif (ex. 50 %)'));
    case 'margeBrute': return set(key, fraction(l, header, 1, CADRAGE_DEFAULTS.margeBrute, 'un pourcentage de 1 à 100 % (ex. 40 %)'));
    case 'rows': return;
    default: return set(key, l.text(header));
  }
}

/** `Cadrage` answers, with defaults for absent questions and `rows` for the questions found. */
export function readCadrage(grid: unknown[][] | undefined, problemes: ReadProblem[]): { cadrage: Cadrage; colonnes: Record<string, string> } {
  const rows = grid ?? [];
  const { index } = matchHeaders(rows[0] ?? [], CADRAGE_HEADERS);
  const questionColumn = index.Question ?? 0;
  const answerColumn = index['Réponse'] ?? 1;
  const byText = new Map(CADRAGE_QUESTIONS.map((q) => [questionKey(q.question), q] as const));
  const cadrage = emptyCadrage();
  rows.forEach((values, at) => {
    const q = byText.get(questionKey(values[questionColumn]));
    if (q === undefined || cadrage.rows[q.key] !== undefined) return;
    cadrage.rows[q.key] = at + 1;
    const context = {
      tab: TAB.cadrage, problemes,
      index: { [q.question]: answerColumn }, letters: { [q.question]: columnLetter(answerColumn + 1) },
    };
    answer(cadrage, q, new Row(context, values, at + 1));
  });
  return { cadrage, colonnes: { Question: columnLetter(questionColumn + 1), Réponse: columnLetter(answerColumn + 1) } };
}
