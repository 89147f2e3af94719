// Metadata of the ten custom formulas (SPEC §5): French descriptions and real parameter names
// from which the build writes each top-level stub with its `@customfunction` JSDoc (esbuild drops
// comments). Imports nothing: the build script loads this file too.

/** One parameter of a custom formula, as its generated JSDoc states it. */
interface FormulaParam {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
  /** JSDoc type, e.g. 'number|Array<Array<number>>'. */
  readonly type: string;
}

/** A custom formula’s name, description and parameters (the build writes its @customfunction stub). */
interface FormulaMeta {
  readonly name: string;
  readonly description: string;
  readonly params: readonly FormulaParam[];
  readonly returns: string;
  readonly example: string;
}

const NOMBRES = 'number|string|Array<Array<number|string>>';
const TEXTES = 'string|Array<Array<string>>';
const DATES = 'Date|string|Array<Array<Date|string>>';
const RESULTAT = 'number|string|Array<Array<number|string>>';

const p = (name: string, description: string, type = NOMBRES, optional = false): FormulaParam =>
  optional ? { name, description, type, optional } : { name, description, type };

/** Every custom formula of SPEC §5. */
export const FORMULAS: readonly FormulaMeta[] = [
  {
    name: 'BOUSSOLE_SCORE',
    description: 'Score de 0 à 100 d’une idée du backlog : la valeur métier compte double, l’urgence réelle ajoute, la complexité retire.',
    params: [
      p('valeur', 'Valeur métier, note de 1 à 5 (une cellule ou une colonne).'),
      p('complexite', 'Complexité, note de 1 (simple) à 5 (très complexe).'),
      p('urgence', 'Urgence réelle, note de 1 à 5.'),
    ],
    returns: RESULTAT,
    example: '=BOUSSOLE_SCORE(E2:E; F2:F; G2:G)',
  },
  {
    name: 'BOUSSOLE_QUADRANT',
    description: 'Quadrant de la matrice impact × faisabilité : Démarrer, Préparer ou Écarter.',
    params: [
      p('impact', 'Impact, note de 1 à 5.'),
      p('faisabilite', 'Faisabilité, note de 1 (difficile) à 5 (facile).'),
      p('seuil', 'Facultatif : note à partir de laquelle l’impact et la faisabilité sont forts (3 par défaut).', 'number', true),
    ],
    returns: TEXTES,
    example: '=BOUSSOLE_QUADRANT(H2:H; I2:I)',
  },
  {
    name: 'BOUSSOLE_BUDGET',
    description: 'Répartit un budget annuel selon la maturité digitale : 3 horizons puis 2 lignes repères (libellé, part, montant).',
    params: [
      p('total', 'Budget annuel en euros (ex. 10 000).', 'number|string'),
      p('maturite', 'Maturité digitale : Débutante, Intermédiaire ou Mature.', 'string'),
    ],
    returns: 'Array<Array<number|string>>|string',
    example: '=BOUSSOLE_BUDGET(Cadrage!B10; Cadrage!B9)',
  },
  {
    name: 'BOUSSOLE_ECART',
    description: 'Écart entre le réel et le prévu, en fraction du prévu : (réel − prévu) / prévu.',
    params: [p('prevu', 'Montant prévu en euros.'), p('reel', 'Montant réellement dépensé en euros.')],
    returns: RESULTAT,
    example: '=BOUSSOLE_ECART(E2:E; F2:F)',
  },
  {
    name: 'BOUSSOLE_PROGRESSION',
    description: 'Progression vers la cible : (actuel − départ) / (cible − départ). Fonctionne aussi pour une cible à la baisse.',
    params: [p('depart', 'Valeur de départ.'), p('actuel', 'Valeur actuelle.'), p('cible', 'Valeur visée.')],
    returns: RESULTAT,
    example: '=BOUSSOLE_PROGRESSION(D2:D; H2:H; E2:E)',
  },
  {
    name: 'BOUSSOLE_CAC',
    description: 'Coût d’acquisition client : dépenses / nouveaux clients.',
    params: [p('depenses', 'Dépenses en euros.'), p('nouveaux_clients', 'Nombre de nouveaux clients.')],
    returns: RESULTAT,
    example: '=BOUSSOLE_CAC(C2:C; G2:G)',
  },
  {
    name: 'BOUSSOLE_ROAS',
    description: 'Retour sur dépenses publicitaires : chiffre d’affaires / dépenses.',
    params: [p('chiffre_affaires', 'Chiffre d’affaires en euros.'), p('depenses', 'Dépenses en euros.')],
    returns: RESULTAT,
    example: '=BOUSSOLE_ROAS(H2:H; C2:C)',
  },
  {
    name: 'BOUSSOLE_CONVERSION',
    description: 'Taux de conversion : conversions / visites.',
    params: [p('conversions', 'Nombre de ventes ou de rendez-vous obtenus.'), p('visites', 'Nombre de visites ou de contacts.')],
    returns: RESULTAT,
    example: '=BOUSSOLE_CONVERSION(F2:F; D2:D)',
  },
  {
    name: 'BOUSSOLE_CLV',
    description: 'Valeur vie client : panier moyen × achats par an × durée en années × marge.',
    params: [
      p('panier_moyen', 'Panier moyen en euros.'),
      p('achats_par_an', 'Nombre d’achats par client et par an.'),
      p('duree_annees', 'Durée de la relation client, en années.'),
      p('marge', 'Facultatif : marge brute en pourcentage (100 % par défaut).', NOMBRES, true),
    ],
    returns: RESULTAT,
    example: '=BOUSSOLE_CLV(120; 3; 4; 40%)',
  },
  {
    name: 'BOUSSOLE_METEO',
    description: 'Météo d’un ensemble d’actions (☀️ Ensoleillé, 🌤️ Variable, 🌧️ Pluvieux, ⛈️ Orageux) selon les retards, les blocages et le taux de réalisation.',
    params: [
      p('statuts', 'Les statuts des actions (À faire, En cours, Bloqué, Fait, Abandonné).', TEXTES),
      p('echeances', 'Les échéances des actions, même taille que les statuts.', DATES),
      p('date', 'Facultatif : date de référence (aujourd’hui par défaut ; AUJOURDHUI() pour un recalcul quotidien).', 'Date|string', true),
    ],
    returns: 'string',
    example: '=BOUSSOLE_METEO(Plan!G2:G; Plan!H2:H; AUJOURDHUI())',
  },
];
