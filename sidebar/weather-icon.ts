// Weather icons drawn in SVG (emoji fonts are missing on many PCs): sun, sun and cloud, rain, storm.
// Built with createElementNS from constant shapes: no markup parsing at all.

const SVG = 'http://www.w3.org/2000/svg';
type Forme = [tag: string, attrs: Record<string, string>, enfants?: Forme[]];

const RAYONS = 'M16 3v4M16 25v4M3 16h4M25 16h4M6.8 6.8l2.8 2.8M22.4 22.4l2.8 2.8M6.8 25.2l2.8-2.8M22.4 9.6l2.8-2.8';
const sun = (transform = ''): Forme => ['g', { transform }, [
  ['circle', { cx: '16', cy: '16', r: '6', fill: '#fbbc04' }],
  ['path', { d: RAYONS, stroke: '#fbbc04', 'stroke-width': '2.2', 'stroke-linecap': 'round' }],
]];
const cloud = (fill: string, transform = ''): Forme =>
  ['path', { d: 'M10 27h14a5.5 5.5 0 0 0 .6-11A7.5 7.5 0 0 0 10.2 14 6.5 6.5 0 0 0 10 27z', fill, transform }];

const DESSINS: Record<string, Forme[]> = {
  'Ensoleillé': [sun()],
  'Variable': [sun('translate(-4 -5) scale(.8)'), cloud('#dadce0')],
  'Pluvieux': [cloud('#9aa0a6', 'translate(0 -5)'),
    ['path', { d: 'M12 25l-1.5 4M17 25l-1.5 4M22 25l-1.5 4', stroke: '#1a73e8', 'stroke-width': '2', 'stroke-linecap': 'round' }]],
  'Orageux': [cloud('#5f6368', 'translate(0 -6)'), ['path', { d: 'M17 20l-4 6h4l-2 5 6-8h-4l2-3z', fill: '#fbbc04' }]],
};

function draw([tag, attrs, enfants = []]: Forme): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== '') node.setAttribute(name, value);
  for (const enfant of enfants) node.append(draw(enfant));
  return node;
}

/** An SVG icon for a weather label (`Orageux`…), hidden from screen readers (the label is read). */
export function weatherIcon(libelle: string): SVGElement {
  return draw(['svg', { viewBox: '0 0 32 32', width: '40', height: '40', 'aria-hidden': 'true', class: 'meteo-icone' }, DESSINS[libelle] ?? []]);
}
