// Prioriser le backlog against the user's own data (SPEC §4, §7), through the real bundle: whole rows
// move with their formulas (7.1), an unreadable Décision / Mois prévu is never overwritten (7.2), and
// a collaborator's edit typed while the confirmation box is open is kept (7.5).
import { describe, expect, it } from 'vitest';
import { initialisedWorkbook, seedBacklog } from './scenarios';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

// seedBacklog: rows 2–7 score 50, 69, 25, 100, 50, 69 → after the sort: 5, 3, 7, 2, 6, 4
// (Chatbot B-006, Newsletter B-003, Automatiser B-007, Refaire B-004, Fichier clients B-001, HYPERLINK B-005).

describe('Prioriser moves whole rows, formulas included (7.1)', () => {
  const emu = initialisedWorkbook();
  seedBacklog(emu);
  emu.book.setValues('Backlog', 'D2', [['=DATE(2026;2;1)']]); // Refaire la page contact, moves to row 5
  emu.book.setValues('Backlog', 'D5', [[d(2026, 1, 15)]]); // Chatbot, moves to row 2
  emu.book.setValues('Backlog', 'N1', [['Note interne']]);
  emu.book.setValues('Backlog', 'N4', [['=B4&" !"']]); // HYPERLINK idea, moves to row 7
  emu.user.answerAlert('NO');
  emu.run('boussolePrioriserBacklog');

  it('each idea keeps its own date: the formula travels with its row', () => {
    expect(emu.book.values('Backlog', 'B2:D2')[0]).toEqual(['Chatbot', 'Léa', d(2026, 1, 15)]);
    expect(emu.book.formulas('Backlog', 'D2')[0]?.[0]).toBe('');
    expect(emu.book.values('Backlog', 'B5:D5')[0]).toEqual(['Refaire la page contact', 'Léa', d(2026, 2, 1)]);
    expect(emu.book.formulas('Backlog', 'D5')[0]?.[0]).toBe('=DATE(2026,2,1)');
  });

  it('a relative reference to its own row is re-anchored to the new row', () => {
    expect(emu.book.formulas('Backlog', 'N7')[0]?.[0]).toBe('=B7&" !"');
    expect(emu.book.values('Backlog', 'N7')[0]?.[0]).toBe('=HYPERLINK("x") !');
    expect(emu.book.values('Backlog', 'N2:N6').flat()).toEqual(['', '', '', '', '']);
  });

  it('the computed Score and Quadrant formulas stay as Initialiser wrote them', () => {
    expect(emu.book.formulas('Backlog', 'J2:K2')[0]).toEqual(['=BOUSSOLE_SCORE(E2:E,F2:F,G2:G)', '=BOUSSOLE_QUADRANT(H2:H,I2:I)']);
    expect(emu.book.values('Backlog', 'J2:J7').flat()).toEqual([100, 69, 69, 50, 50, 25]);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});

describe('Prioriser never overwrites an unreadable Décision or Mois prévu (7.2)', () => {
  const emu = initialisedWorkbook();
  seedBacklog(emu);
  emu.book.setValues('Backlog', 'L3', [['À voir']]); // Newsletter → row 3
  emu.book.setValues('Backlog', 'M7', [['T3 2026']]); // Automatiser → row 4
  emu.book.setValues('Backlog', 'M2', [['lundi']]); // Refaire → row 5
  emu.book.setValues('Backlog', 'L4', [['#NULL!']]); // HYPERLINK → row 7
  emu.user.answerAlert('YES');
  const message = String(emu.run('boussolePrioriserBacklog'));

  it('leaves those ideas alone, cells as typed, and schedules none of them', () => {
    expect(emu.book.values('Backlog', 'B3:B5').flat()).toEqual(['Newsletter mensuelle', 'Automatiser les devis', 'Refaire la page contact']);
    expect(emu.book.values('Backlog', 'L3:M5')).toEqual([['À voir', ''], ['', 'T3 2026'], ['', 'lundi']]);
    expect(String(emu.book.values('Backlog', 'L7')[0]?.[0])).toBe('#NULL!');
    expect(emu.book.values('Plan', 'A2:A3').flat()).toEqual(['', '']);
  });

  it('says which cells, where they are after the sort', () => {
    expect(message).toContain('aucune nouvelle idée à démarrer à planifier');
    expect(message).toContain('4 idées à démarrer laissées de côté (Décision ou Mois prévu illisible : Backlog!L3, Backlog!M4, Backlog!M5, Backlog!L7)');
    expect(message).toContain('Backlog!L3 : décision « À voir » inconnue');
    expect(emu.ui.alerts).toHaveLength(0);
  });
});

describe('Prioriser keeps what a collaborator types while the box is open (7.5)', () => {
  const emu = initialisedWorkbook();
  seedBacklog(emu);
  // Offered: B-003 (row 3), B-007 (row 4), B-004 (row 5) → décembre, B-005 (row 7) → janvier.
  emu.user.answerAlert('YES', () => {
    emu.book.setValues('Backlog', 'L4', [['Écarter']]); // B-007 decided meanwhile
    emu.book.setValues('Backlog', 'L6', [['Préparer']]); // B-001, between two targets
    emu.book.setValues('Backlog', 'M7', [[d(2027, 3, 1)]]); // B-005 scheduled by hand meanwhile
  });
  const message = String(emu.run('boussolePrioriserBacklog'));

  it('writes only the cells still empty after the answer', () => {
    expect(emu.book.values('Backlog', 'L3:M7')).toEqual([
      ['Démarrer', d(2026, 12, 1)], ['Écarter', ''], ['Démarrer', d(2026, 12, 1)], ['Préparer', '2026-12'], ['', d(2027, 3, 1)],
    ]);
  });

  it('schedules only the ideas still to schedule, and says which were left', () => {
    expect(emu.book.values('Plan', 'A2:N4').map((r) => [r[0], r[3], r[13]])).toEqual([
      ['A-001', 'Newsletter mensuelle', 'B-003'], ['A-002', 'Refaire la page contact', 'B-004'], ['', '', ''],
    ]);
    expect(message).toContain('2 actions ajoutées au Plan (A-001 à A-002)');
    expect(message).toContain('B-007, B-005 modifiées pendant la question : laissées telles quelles');
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});
