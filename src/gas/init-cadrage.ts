// Initialiser for `Cadrage`: the two-column page of framing questions (SPEC §2).
// Existing answers are never touched; missing questions are appended below the last row.

import { CADRAGE_DEFAULTS, CADRAGE_HEADERS, CADRAGE_QUESTIONS, TAB } from '../contract';
import { numberFormatOf } from '../workbook/layout';
import { normalize } from '../core/text';
import { HEADER_BACKGROUND, HEADER_FONT, type RuleCache } from './table-format';
import { freezeHeader, sheetOrCreate, type TabOutcome } from './init-table';
import { readSheetValues } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Default answers (the reader's defaults), written only on a new tab. */
const DEFAUTS: Readonly<Record<string, unknown>> = CADRAGE_DEFAULTS;

/** Creates or completes `Cadrage`: headers, missing questions (with defaults on a new tab), formats. */
export function initCadrage(ss: Spreadsheet, rules: RuleCache): TabOutcome {
  const { sheet, created } = sheetOrCreate(ss, TAB.cadrage);
  const existing = created ? [] : readSheetValues(sheet);
  const found = new Set(existing.map((row) => normalize(row[0])));
  const missing = CADRAGE_QUESTIONS.filter((q) => !found.has(normalize(q.question)));
  const start = Math.max(existing.length, 1) + 1;
  if (created) sheet.getRange(1, 1, 1, 2).setValues([[...CADRAGE_HEADERS]]);
  if (missing.length > 0) {
    sheet.getRange(start, 1, missing.length, 2).setValues(missing.map((q) => [q.question, created ? DEFAUTS[q.key] ?? '' : '']));
  }
  // The contract question of each row from row 2 to the last one written (undefined for a user row).
  const texts = [...Array.from({ length: start - 2 }, (_, i) => existing[i + 1]?.[0]), ...missing.map((q) => q.question)];
  const questions = texts.map((text) => CADRAGE_QUESTIONS.find((q) => normalize(q.question) === normalize(text)));
  const count = questions.length;
  if (count > 0) {
    const body = sheet.getRange(2, 1, count, 2);
    body.setNotes(body.getNotes().map((notes, i) => [questions[i]?.note ?? notes[0] ?? '', notes[1] ?? '']));
    const formats = sheet.getRange(2, 2, count, 1);
    formats.setNumberFormats(formats.getNumberFormats().map((f, i) => {
      const question = questions[i];
      return [(question ? numberFormatOf(question.kind) : null) ?? f[0] ?? ''];
    }));
    formats.setDataValidations(questions.map((q) => [q && typeof q.kind !== 'string' ? rules.ruleOf(q.kind) : null]));
  }
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
  sheet.getRange(2, 1, Math.max(count, 1), 1).setFontWeight('bold');
  freezeHeader(sheet, created);
  if (created) {
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidth(2, 420);
  }
  return { name: TAB.cadrage, created, appended: created ? [] : missing.map((q) => q.question) };
}
