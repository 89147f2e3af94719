// « Partager avec mon consultant » in the emulator: the e-mail of Cadrage!B12 is checked first,
// then viewer or editor, and warning-only header protections that a second run does not duplicate.
import { describe, expect, it } from 'vitest';
import { seededEmulator } from './seed';

const EMAIL_CELL = 'B12';

function withEmail(email: string) {
  const emu = seededEmulator();
  emu.book.setValues('Cadrage', EMAIL_CELL, [[email]]);
  return emu;
}

const protectionsOf = (emu: ReturnType<typeof seededEmulator>) =>
  emu.book.sheetNames().flatMap((s) => emu.book.protections(s).map((p) => ({ sheet: s, ...p })));

describe('boussolePartagerConsultant', () => {
  it('names Cadrage!B12 and shares nothing when the e-mail is missing or invalid', () => {
    for (const [email, reason] of [['', 'est vide'], ['consultant@', '« consultant@ » n’est pas une adresse e-mail']] as const) {
      const emu = withEmail(email);
      emu.run('boussolePartagerConsultant');
      expect(emu.ui.alerts[0]?.prompt).toContain(`Cadrage!B12 : `);
      expect(emu.ui.alerts[0]?.prompt).toContain(reason);
      expect(emu.ui.dialogs).toHaveLength(0);
      expect(() => emu.run('boussolePartagerAvecConsultant', 'lecteur')).toThrow(/Cadrage!B12/);
      expect(emu.shares).toEqual({ viewers: [], editors: [] });
      expect(protectionsOf(emu)).toEqual([]);
    }
  });

  it('asks viewer or editor in a dialog that explains the commenter clicks', () => {
    const emu = withEmail('claire.martin@cabinet-conseil.fr');
    emu.run('boussolePartagerConsultant');
    const html = emu.ui.dialogs[0]?.html ?? '';
    expect(html).toContain('Partager avec claire.martin@cabinet-conseil.fr');
    expect(html).toContain('Commentateur');
    expect(html).toContain("boussolePartagerAvecConsultant(role)");
    expect(emu.shares).toEqual({ viewers: [], editors: [] });
  });

  it('shares as viewer, then as editor, with warning-only protections added once', () => {
    const emu = withEmail('claire.martin@cabinet-conseil.fr');
    const first = emu.run('boussolePartagerAvecConsultant', 'lecteur') as { message: string };
    expect(emu.shares.viewers).toEqual(['claire.martin@cabinet-conseil.fr']);
    const protections = protectionsOf(emu);
    // Headers of the 8 input tabs + Cadrage questions + Gouvernance rituals header = 10; computed: Backlog ID/Score/Quadrant, Plan ID = 4.
    expect(protections).toHaveLength(14);
    expect(protections.every((p) => p.warningOnly)).toBe(true);
    expect(protections.filter((p) => p.description === 'Boussole : en-têtes').map((p) => `${p.sheet}!${p.range}`)).toContain('Plan!A1:O1');
    expect(protections.filter((p) => p.description === 'Boussole : colonnes calculées').map((p) => p.sheet)).toEqual(['Backlog', 'Backlog', 'Backlog', 'Plan']);
    expect(first.message).toBe('Classeur partagé avec claire.martin@cabinet-conseil.fr en lecture seule. 14 protections d’en-têtes ajoutées (simple avertissement).');
    const second = emu.run('boussolePartagerAvecConsultant', 'editeur') as { message: string };
    expect(emu.shares.editors).toEqual(['claire.martin@cabinet-conseil.fr']);
    expect(protectionsOf(emu)).toEqual(protections);
    expect(second.message).toContain('Les en-têtes étaient déjà protégés.');
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('an editor asked for read-only access stays editor, and the message says so (addViewer does nothing)', () => {
    const emu = withEmail('Claire.Martin@cabinet-conseil.fr');
    emu.shares.editors.push('claire.martin@cabinet-conseil.fr');
    const r = emu.run('boussolePartagerAvecConsultant', 'lecteur') as { message: string };
    expect(emu.shares).toEqual({ viewers: [], editors: ['claire.martin@cabinet-conseil.fr'] });
    expect(r.message).toMatch(/^Claire\.Martin@cabinet-conseil\.fr a déjà le droit de modification sur ce classeur et le garde \(Google ne retire pas un droit en ajoutant un lecteur\)/);
    expect(r.message).not.toContain('lecture seule.');
    expect(emu.calls.byMethod()['Spreadsheet.addViewer']).toBeUndefined();
  });

  it('refuses an unknown role', () => {
    const emu = withEmail('claire.martin@cabinet-conseil.fr');
    expect(() => emu.run('boussolePartagerAvecConsultant', 'commentateur')).toThrow(/Accès inconnu/);
    expect(emu.shares).toEqual({ viewers: [], editors: [] });
  });
});
