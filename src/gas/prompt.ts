// A prompt asked again until its answer is valid: the month of the report, the quarter of the
// comité. A blank answer takes the suggestion; a French UserError from `validate` is shown above
// the question the next time.

import { UserError } from './lock';

/**
 * Asks `question` (ending with the suggestion) until `validate` accepts the answer; null when the
 * user cancels or closes the prompt.
 */
export function askUntilValid(title: string, question: string, suggested: string, validate: (text: string) => string): string | null {
  const ui = SpreadsheetApp.getUi();
  let intro = '';
  for (;;) {
    const response = ui.prompt(title, `${intro}${question}`, ui.ButtonSet.OK_CANCEL);
    if (response.getSelectedButton() !== ui.Button.OK) return null;
    try {
      return validate(response.getResponseText().trim() || suggested);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      intro = `${error.message}\n\n`;
    }
  }
}
