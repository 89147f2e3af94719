// Initialiser for `Cadrage`: the two-column page of framing questions (SPEC §2). Existing answers
// and rows are never touched; missing questions (such as the five v2 rows) are appended below the
// last row; notes, formats and dropdowns are written only where they differ or are missing.

import { CADRAGE_DEFAULTS, CADRAGE_HEADERS, CADRAGE_QUESTIONS, TAB, type CadrageQuestion } from '../contract';
import { numberFormatOf } from '../workbook/layout';
import { normalize } from '../core/text';
import { ensureSize } from './cells';
import { HEADER_BACKGROUND, HEADER_FONT, type RuleCache } from './table-format';
import { freezeHeader, sheetOrCreate, type TabOutcome } from './init-table';
import { readSheetValues } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Question = CadrageQuestion | undefined;

/** Default answers (the reader's defaults), written only on a new tab. */
const DEFAUTS: Readonly<Record<string, unknown>> = CADRAGE_DEFAULTS;

const differ = <T>(a: readonly (readonly T[])[], b: readonly (readonly T[])[]) => a.some((row, r) => row.some((cell, c) => cell !== b[r]?.[c]));

/** Notes (column A: the question's help), formats and missing dropdowns of column B, rows 2 to 1 + questions.length. */
function formatAnswers(sheet: Sheet, questions: readonly Question[], rules: RuleCache): void {
  const count = questions.length;
  const body = sheet.getRange(2, 1, count, 2);
  const notes = body.getNotes();
  const wantedNotes = notes.map((row, i) => [questions[i]?.note ?? row[0] ?? '', row[1] ?? '']);
  if (differ(wantedNotes, notes)) body.setNotes(wantedNotes);
  const answers = sheet.getRange(2, 2, count, 1);
  const formats = answers.getNumberFormats();
  const wantedFormats = formats.map((f, i) => {
    const question = questions[i];
    return [(question ? numberFormatOf(question.kind) : null) ?? f[0] ?? ''];
  });
  if (differ(wantedFormats, formats)) answers.setNumberFormats(wantedFormats);
  const validations = answers.getDataValidations();
  const missing = questions.map((q, i) => (q && typeof q.kind !== 'string' && !validations[i]?.[0] ? rules.ruleOf(q.kind) : null));
  if (missing.some((rule) => rule !== null)) answers.setDataValidations(validations.map((row, i) => [missing[i] ?? row[0] ?? null]));
}

/** Creates or completes `Cadrage`: headers, missing questions (with defaults on a new tab), formats. */
export function initCadrage(ss: Spreadsheet, rules: RuleCache): TabOutcome {
  const { sheet, created } = sheetOrCreate(ss, TAB.cadrage);
  const existing = created ? [] : readSheetValues(sheet);
  const found = new Set(existing.map((row) => normalize(row[0])));
  const missing = CADRAGE_QUESTIONS.filter((q) => !found.has(normalize(q.question)));
  const start = Math.max(existing.length, 1) + 1;
  if (created) sheet.getRange(1, 1, 1, 2).setValues([[...CADRAGE_HEADERS]]);
  if (missing.length > 0) {
    if (!created) ensureSize(sheet, start + missing.length - 1, 2);
    sheet.getRange(start, 1, missing.length, 2).setValues(missing.map((q) => [q.question, created ? DEFAUTS[q.key] ?? '' : '']));
  }
  // The contract question of each row from row 2 to the last one written (undefined for a user row).
  const texts = [...Array.from({ length: start - 2 }, (_, i) => existing[i + 1]?.[0]), ...missing.map((q) => q.question)];
  const questions = texts.map((text) => CADRAGE_QUESTIONS.find((q) => normalize(q.question) === normalize(text)));
  if (questions.length > 0) formatAnswers(sheet, questions, rules);
  if (created) {
    sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidth(2, 420);
  }
  if (missing.length > 0) sheet.getRange(start, 1, missing.length, 1).setFontWeight('bold');
  freezeHeader(sheet, created);
  return { name: TAB.cadrage, created, appended: created ? [] : missing.map((q) => q.question) };
}
