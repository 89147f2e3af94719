// The store listing and the two public pages say exactly what the manifest asks: the same OAuth
// scopes as appsscript/appsscript.json (a test fails as soon as they drift), in plain French, with
// what Boussole never does, the same contact, and pages that load nothing from elsewhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listingMarkdown, readListing } from '../../scripts/marketplace-parts/listing';

const manifest = JSON.parse(readFileSync('appsscript/appsscript.json', 'utf8')) as { oauthScopes: string[] };
const listing = readListing();
const page = (name: string) => readFileSync(`docs/${name}`, 'utf8');
const PAGES = ['confidentialite.html', 'conditions.html'] as const;

/** Every Google OAuth scope named in a text, once each, sorted. */
function scopesIn(text: string): string[] {
  return [...new Set(text.match(/https:\/\/www\.googleapis\.com\/auth\/[A-Za-z0-9._-]+/g) ?? [])].sort();
}

const MANIFEST_SCOPES = [...manifest.oauthScopes].sort();

describe('OAuth scopes: listing and pages = appsscript.json', () => {
  it('finds every scope of a text, and only scopes', () => {
    const text = 'voir https://www.googleapis.com/auth/drive.file et https://www.googleapis.com/auth/drive.file, pas https://www.google.com/auth/x';
    expect(scopesIn(text)).toEqual(['https://www.googleapis.com/auth/drive.file']);
  });

  it('the manifest asks the two non-sensitive scopes', () => {
    expect(MANIFEST_SCOPES).toEqual(['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly']);
  });

  it('the listing explains exactly the manifest’s scopes, each in plain French', () => {
    expect(listing.permissions.map((p) => p.scope).sort()).toEqual(MANIFEST_SCOPES);
    expect(scopesIn(JSON.stringify(listing))).toEqual(MANIFEST_SCOPES);
    const label = (scope: string) => listing.permissions.find((p) => p.scope === scope)?.label;
    expect(label('https://www.googleapis.com/auth/spreadsheets.currentonly')).toBe('Voir et modifier uniquement ce classeur');
    expect(label('https://www.googleapis.com/auth/script.container.ui')).toBe('Afficher des fenêtres dans Google Sheets');
  });

  it.each(PAGES)('%s names exactly the manifest’s scopes, with their French labels', (name) => {
    const html = page(name);
    expect(scopesIn(html)).toEqual(MANIFEST_SCOPES);
    for (const p of listing.permissions) expect(html).toContain(p.label);
  });
});

describe('store listing (docs/marketplace/listing.json)', () => {
  it('fits the Store Listing limits: name ≤ 50, short description ≤ 80, detailed < 16 000 characters', () => {
    expect(listing.language).toBe('fr');
    expect([...listing.name].length).toBeLessThanOrEqual(50);
    expect([...listing.shortDescription].length).toBeLessThanOrEqual(80);
    expect(listing.detailedDescription.join('\n').length).toBeLessThan(16_000);
  });

  it('says what Boussole never does: no other file, no e-mail by itself, no data leaving Google', () => {
    const never = listing.neverDoes.join(' ');
    expect(never).toMatch(/aucun autre fichier/);
    expect(never).toMatch(/aucun e-mail de lui-même/);
    expect(never).toMatch(/aucune donnée de Google/);
    const description = listing.detailedDescription.join(' ');
    for (const p of listing.permissions) expect(description.toLowerCase()).toContain(p.label.toLowerCase());
  });

  it('uses French typography: a no-break space before : ; ! ? » and after «', () => {
    const texts = [listing.shortDescription, ...listing.detailedDescription, ...listing.neverDoes, ...listing.permissions.map((p) => p.explanation)];
    for (const text of texts) {
      expect(text).not.toMatch(/ [:;!?»]/);
      expect(text).not.toMatch(/« /);
    }
  });

  it('listing.md is listing.json as rendered by npm run marketplace', () => {
    expect(readFileSync('docs/marketplace/listing.md', 'utf8')).toBe(listingMarkdown(listing));
  });
});

describe('public pages (docs/confidentialite.html, docs/conditions.html)', () => {
  it.each(PAGES)('%s is French, self-contained and gives the listing’s contact', (name) => {
    const html = page(name);
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link\b|<script\b|\ssrc="https?:|@import|url\(https?:/i);
    expect(html).toContain(`mailto:${listing.contactEmail}`);
  });

  it('the privacy page says what is read and written, and that there is no tracking and no third party', () => {
    const html = page('confidentialite.html');
    expect(html).toContain('Ce que Boussole lit et écrit');
    expect(html).toMatch(/uniquement dans le classeur/);
    expect(html).toMatch(/aucune mesure d’audience/);
    expect(html).toMatch(/aucun tiers/);
    expect(html).toContain('id="contact"');
  });

  it('the listing’s links point to these pages and the contact is the README’s placeholder to replace', () => {
    expect(listing.links.privacyPolicy).toMatch(/\/confidentialite\.html$/);
    expect(listing.links.termsOfService).toMatch(/\/conditions\.html$/);
    expect(listing.links.support).toMatch(/\/confidentialite\.html#contact$/);
    expect(listing.placeholders).toEqual(['contactEmail', 'links.privacyPolicy', 'links.termsOfService', 'links.support']);
    expect(readFileSync('README.md', 'utf8')).toContain(listing.contactEmail);
  });
});
