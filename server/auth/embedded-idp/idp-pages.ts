/**
 * The demo identity provider's pages. Plain forms with real labels; the only script is a
 * same-origin file (CSP `script-src 'self'` allows it, an inline one would be blocked).
 */
import { escapeHtml, renderPage } from '../html-page.ts';

export interface SignInPageOptions {
  /** Where the form posts: `${interactionPath}/login`. */
  action: string;
  cancelHref: string;
  /** Shown above the form, e.g. "Wrong username or password." */
  error: string | null;
  username: string;
  /** Lines of the note about the demo accounts. */
  note: string[];
}

export function signInPage(options: SignInPageOptions): string {
  const alert = options.error
    ? `<p class="alert" role="alert">${escapeHtml(options.error)}</p>`
    : '';
  const note = options.note.map((line) => `<p class="note">${escapeHtml(line)}</p>`).join('\n');
  const form = `${alert}
<form method="post" action="${escapeHtml(options.action)}">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required autofocus
  value="${escapeHtml(options.username)}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<p><a href="${escapeHtml(options.cancelHref)}">Cancel</a></p>
${note}`;
  return renderPage({ title: 'Sign in to the DaaS Console', paragraphs: [], extraHtml: form });
}

/**
 * The end-session confirmation. oidc-provider hands over a form (with its anti-forgery field);
 * one button confirms it. When the console itself sent the person here (a valid id_token_hint),
 * a same-origin script presses it, so signing out takes no extra click.
 */
export function signOutPage(form: string, autoSubmitScript: string | null): string {
  const button = `<button type="submit" form="op.logoutForm" name="logout" value="yes"${
    autoSubmitScript ? ' data-auto-submit' : ''
  }>Sign out</button>`;
  const script = autoSubmitScript
    ? `<script src="${escapeHtml(autoSubmitScript)}" defer></script>`
    : '';
  return renderPage({
    title: 'Sign out of the demo identity provider',
    paragraphs: ['Sign out of the simulator’s demo identity provider, for every application?'],
    extraHtml: `${form}\n${button}\n${script}`,
  });
}

/** Pressed by the sign-out page's script (served as a file: inline scripts are blocked). */
export const autoSubmitScriptSource = "document.querySelector('[data-auto-submit]')?.click();\n";

export function signedOutPage(consoleUrl: string): string {
  return renderPage({
    title: 'You are signed out of the demo identity provider',
    paragraphs: [],
    links: [{ href: `${consoleUrl}/auth/login`, label: 'Sign in again' }],
  });
}

/** An error of the IdP (bad request, expired sign-in page…) in words. */
export function idpErrorPage(message: string, consoleUrl: string): string {
  return renderPage({
    title: 'Sign-in could not continue',
    paragraphs: [message],
    links: [{ href: `${consoleUrl}/auth/login`, label: 'Try again' }],
  });
}
