// Initialiser for `Cadrage`: the two-column page of framing questions (SPEC §2).
// Existing answers are never touched; missing questions are appended below the last row.

import { CADRAGE_HEADERS, CADRAGE_QUESTIONS } from '../workbook/contract';
import { numberFormatOf } from '../workbook/layout';
import { normalize } from '../core/text';
import { HEADER_BACKGROUND, HEADER_FONT, type RuleCache } from './table-format';
import { sheetOrCreate, type TabOutcome } from './init-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Default answers written only on a new tab. */
const DEFAUTS: Record<string, unknown> = { seuilAlerte: 0.5, margeBrute: 1 };

/** Creates or completes `Cadrage`: headers, missing questions (with defaults on a new tab), formats. */
export function initCadrage(ss: Spreadsheet, rules: RuleCache): TabOutcome {
  const { sheet, created } = sheetOrCreate(ss, 'Cadrage');
  const existing = created ? [] : sheet.getDataRange().getValues();
  const found = new Set(existing.map((row) => normalize(row[0])));
  const missing = CADRAGE_QUESTIONS.filter((q) => !found.has(normalize(q.question)));
  const start = Math.max(existing.length, 1) + 1;
  if (created) sheet.getRange(1, 1, 1, 2).setValues([[...CADRAGE_HEADERS]]);
  if (missing.length > 0) {
    sheet.getRange(start, 1, missing.length, 2).setValues(missing.map((q) => [q.question, created ? DEFAUTS[q.key] ?? '' : '']));
  }
  const lastRow = start + missing.length - 1;
  // Row 0 is the header row, also on a new tab (where `existing` is empty).
  const above = created ? [CADRAGE_HEADERS[0]] : existing.map((row) => String(row[0] ?? ''));
  const rows = [...above, ...missing.map((q) => q.question)];
  const questionAt = (index: number) => CADRAGE_QUESTIONS.find((q) => normalize(q.question) === normalize(rows[index]));
  const count = Math.max(lastRow - 1, 0);
  if (count > 0) {
    const body = sheet.getRange(2, 1, count, 2);
    const oldNotes = body.getNotes();
    body.setNotes(oldNotes.map((notes, i) => [questionAt(i + 1)?.note ?? notes[0] ?? '', notes[1] ?? '']));
    const formats = sheet.getRange(2, 2, count, 1);
    const oldFormats = formats.getNumberFormats();
    formats.setNumberFormats(oldFormats.map((f, i) => {
      const question = questionAt(i + 1);
      return [question ? numberFormatOf(question.kind) ?? f[0] ?? '' : f[0] ?? ''];
    }));
    formats.setDataValidations(rows.slice(1, count + 1).map((_, i) => {
      const question = questionAt(i + 1);
      return [question && typeof question.kind !== 'string' ? rules.ruleOf(question.kind) : null];
    }));
  }
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
  sheet.getRange(2, 1, Math.max(count, 1), 1).setFontWeight('bold');
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  if (created) {
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidth(2, 420);
  }
  return { name: 'Cadrage', created, appended: created ? [] : missing.map((q) => q.question) };
}
