// What the sidebar and the dialogs say when a `google.script.run` call fails because several Google
// accounts are signed in to the browser — a known Apps Script limitation
// (https://developers.google.com/apps-script/guides/support/troubleshooting#issues-multiple;
// errors as reported in enuchi/React-Google-Apps-Script#46 and alexwforsythe/code-blocks#53).
// Shared as data so the bundled sidebar and the inline dialog scripts say exactly the same thing.

/** The raw errors seen in that case (English as Google sends them; French variants of the UI). */
export const MULTI_ACCOUNT_ERROR = /PERMISSION_DENIED|Authorization is required|autorisation est requise|multiple accounts|plusieurs comptes/i;

/** The French message shown instead of the raw error. */
export const MULTI_ACCOUNT_MESSAGE = 'Google a refusé l’accès, sans doute parce que plusieurs comptes Google sont connectés dans ce navigateur. '
  + 'Utilisez un seul compte (déconnectez les autres), ou ouvrez le classeur dans une fenêtre de navigation privée avec le compte qui utilise Boussole, puis réessayez.';

/** The message to show for a failed call: the French explanation for the multi-account case, else the error's own text. */
export function rpcErrorMessage(error: unknown): string {
  const raw = error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error ?? 'Erreur inconnue.');
  return MULTI_ACCOUNT_ERROR.test(raw) ? MULTI_ACCOUNT_MESSAGE : raw;
}
