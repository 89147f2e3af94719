// The store listing (docs/marketplace/listing.json): its shape, and listing.md, the same text laid
// out field by field in the Marketplace SDK's order, to copy into the console.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One OAuth scope as the listing explains it. */
export interface ListingPermission { scope: string; label: string; explanation: string }

/** docs/marketplace/listing.json. */
export interface Listing {
  language: string;
  name: string;
  shortDescription: string;
  detailedDescription: string[];
  category: { console: string; fr: string };
  pricing: { console: string; fr: string };
  permissions: ListingPermission[];
  neverDoes: string[];
  links: { privacyPolicy: string; termsOfService: string; support: string };
  contactEmail: string;
  placeholders: string[];
  graphics: {
    icons: Record<string, string>;
    cardBanner: string;
    screenshots: Array<{ file: string; caption: string }>;
  };
}

/** The folder of the listing and its images. */
export const MARKETPLACE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/marketplace');

/** Reads docs/marketplace/listing.json. */
export function readListing(dir = MARKETPLACE_DIR): Listing {
  return JSON.parse(readFileSync(path.join(dir, 'listing.json'), 'utf8')) as Listing;
}

/** listing.md: every field of the Store Listing page, ready to paste, then what the listing promises. */
export function listingMarkdown(l: Listing): string {
  const list = (lines: string[]) => lines.join('\n');
  const blocks = [
    '# Boussole — fiche Google Workspace Marketplace',
    '<!-- Generated from listing.json by `npm run marketplace`: edit listing.json, then run it again. -->',
    `Langue\u00a0: \`${l.language}\``,
    `## Nom de l'application\n\n${l.name}`,
    `## Description courte (${[...l.shortDescription].length} caractères)\n\n${l.shortDescription}`,
    `## Description détaillée\n\n${list(l.detailedDescription)}`,
    `## Catégorie\n\n${l.category.fr} (console\u00a0: *${l.category.console}*)`,
    `## Tarif\n\n${l.pricing.fr} (console\u00a0: *${l.pricing.console}*)`,
    `## Autorisations demandées\n\n${list(l.permissions.map((p) => `- **${p.label}** — \`${p.scope}\`  \n  ${p.explanation}`))}`,
    `## Ce que Boussole ne fait jamais\n\n${list(l.neverDoes.map((n) => `- ${n}`))}`,
    `## Images\n\nIcônes\u00a0:\n\n${list(Object.entries(l.graphics.icons).map(([size, file]) => `- ${size} × ${size}\u00a0: \`${file}\``))}`,
    `Bannière de la fiche (220 × 140)\u00a0: \`${l.graphics.cardBanner}\``,
    `Captures d’écran (1280 × 800)\u00a0:\n\n${list(l.graphics.screenshots.map((s, i) => `${i + 1}. \`${s.file}\` — ${s.caption}`))}`,
    `## Liens\n\n${list([`- Règles de confidentialité\u00a0: ${l.links.privacyPolicy}`, `- Conditions d'utilisation\u00a0: ${l.links.termsOfService}`,
      `- Assistance\u00a0: ${l.links.support}`, `- Contact\u00a0: ${l.contactEmail}`])}`,
    `À remplacer avant publication (adresses d'exemple)\u00a0: ${l.placeholders.map((p) => `\`${p}\``).join(', ')}.`,
  ];
  return `${blocks.join('\n\n')}\n`;
}
