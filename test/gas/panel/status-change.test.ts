// Status change from the sidebar (SPEC §7, §8), defect 7.4: the action is targeted by its ID — one is
// assigned first when it has none — and the row must still hold that action, else a French message
// asks to refresh; a stale row number never marks another action or writes into an empty line.
import { describe, expect, it } from 'vitest';
import { PLAN_ROWS, seededEmulator } from './seed';

const noId = (row: unknown[]) => ['', ...row.slice(1)];
const REFRESH = /actualisez le panneau/;

describe('boussoleChangerStatut targets the action, not a row number', () => {
  it('after a row above was deleted, a stale row of an action without ID marks nothing else', () => {
    const emu = seededEmulator();
    // Rows 3 and 4 without ID; the sidebar showed « Choisir le CRM » on row 3.
    emu.book.setValues('Plan', 'A3:N4', [noId(PLAN_ROWS[1] ?? []), noId(PLAN_ROWS[2] ?? [])]);
    // A collaborator deletes row 2: « Importer les contacts » moves up to row 3.
    emu.book.setValues('Plan', 'A2:N4', [noId(PLAN_ROWS[1] ?? []), noId(PLAN_ROWS[2] ?? []), Array(14).fill('')]);
    const before = emu.book.values('Plan');
    const r = emu.run('boussoleChangerStatut', { id: '', ligne: 3, action: 'Choisir le CRM', statut: 'Fait' }) as { ok: boolean; message: string };
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(REFRESH);
    expect(r.message).toContain('« Choisir le CRM »');
    expect(emu.book.values('Plan')).toEqual(before);
  });

  it('a stale row now blank gets no « Fait » in an empty line', () => {
    const emu = seededEmulator();
    emu.book.setValues('Plan', 'A3:N3', [Array(14).fill('')]);
    const before = emu.book.values('Plan');
    const r = emu.run('boussoleChangerStatut', { id: '', ligne: 3, action: 'Choisir le CRM', statut: 'Fait' }) as { ok: boolean; message: string };
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(REFRESH) });
    expect(emu.book.values('Plan')).toEqual(before);
    expect(emu.book.values('Plan', 'G3')[0]?.[0]).toBe('');
  });

  it('an action without ID still on its row gets the next ID, then its status', () => {
    const emu = seededEmulator();
    emu.book.setValues('Plan', 'A3', [['']]);
    const r = emu.run('boussoleChangerStatut', { id: '', ligne: 3, action: 'Choisir le CRM', statut: 'Bloqué' });
    expect(r).toEqual({ ok: true, message: '« Choisir le CRM » (A-004) : Bloqué.' });
    expect(emu.book.values('Plan', 'A3:G3')[0]).toEqual(['A-004', '2026-11', 'Tester', 'Choisir le CRM', 'Ponctuelle', 'Paul', 'Bloqué']);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('an action with an ID is found wherever its row went', () => {
    const emu = seededEmulator();
    emu.book.setValues('Plan', 'A2:N5', [Array(14).fill(''), ...PLAN_ROWS]); // a row inserted above
    const r = emu.run('boussoleChangerStatut', { id: 'A-002', ligne: 3, action: 'Choisir le CRM', statut: 'Fait' });
    expect(r).toEqual({ ok: true, message: '« Choisir le CRM » : Fait.' });
    expect(emu.book.values('Plan', 'G2:G5').flat()).toEqual(['', 'Fait', 'Fait', 'Bloqué']);
  });

  it('refuses when the row of that ID now holds another action', () => {
    const emu = seededEmulator();
    emu.book.setValues('Plan', 'D3', [['Autre chose']]);
    const before = emu.book.values('Plan');
    const r = emu.run('boussoleChangerStatut', { id: 'A-002', ligne: 3, action: 'Choisir le CRM', statut: 'Fait' }) as { ok: boolean; message: string };
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(REFRESH) });
    expect(emu.book.values('Plan')).toEqual(before);
  });
});
