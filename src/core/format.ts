// French display of amounts, percentages and plural nouns for messages, reports and e-mails.

import { clip } from './quote';

/** Regular spaces group thousands so that messages stay searchable and copy well. */
function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** `1 234 €`, `1 234,50 €` (cents only when there are some), `-80 €`. */
export function formatEuros(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  const sign = amount < 0 && cents > 0 ? '-' : '';
  const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
  return `${sign}${groupThousands(String(whole))}${decimals} €`;
}

/** A fraction as a French percentage with at most one decimal: 0.125 → `12,5 %`, 0.8 → `80 %`. */
export function formatPercent(fraction: number): string {
  const tenths = Math.round(fraction * 1000);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const decimals = abs % 10 === 0 ? '' : `,${abs % 10}`;
  return `${sign}${groupThousands(String(Math.floor(abs / 10)))}${decimals} %`;
}

/** A plain number, French style, at most two decimals: 1234.5 → `1 234,5`. */
export function formatNumber(value: number): string {
  const hundredths = Math.round(Math.abs(value) * 100);
  const sign = value < 0 && hundredths > 0 ? '-' : '';
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${groupThousands(String(whole))}${decimals}`;
}

/** `1 action`, `3 actions` (a custom plural for irregular nouns). */
export function plural(count: number, singulier: string, plurielForme = `${singulier}s`): string {
  return `${count} ${count >= 2 ? plurielForme : singulier}`;
}

/** Up to `max` items joined by commas, then `et N autres` (`et 1 autre`). */
export function listSome(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(`et ${plural(rest, 'autre')}`);
  return shown.join(', ');
}

/** Up to `max` names between « » (each cut to 200 characters), then `et N autres`. */
export function nameList(noms: readonly string[], max = 3): string {
  return listSome(noms.map((nom) => `« ${clip(nom)} »`), max);
}
