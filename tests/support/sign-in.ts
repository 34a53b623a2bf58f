/**
 * Signs a demo account in to a running console the way a browser would (console -> embedded IdP
 * sign-in form -> callback) and returns the console's session cookie, so e2e and proxy tests
 * start signed in: `context.addCookies([{ ...cookie, url: consoleUrl }])`.
 */
import {
  createHttpBrowser,
  type HttpBrowser,
  type HttpBrowserOptions,
  type Visit,
} from '../../server/auth/testing/http-browser.ts';

export interface SessionCookie {
  name: string;
  value: string;
}

const sessionCookieNames = ['__Host-daas-console-session', 'daas-console-session'];

export async function signInOverHttp(
  consoleUrl: string,
  username: string,
  password = 'demo',
  options: HttpBrowserOptions = {},
): Promise<SessionCookie> {
  const browser = createHttpBrowser(options);
  const form = await openSignInForm(browser, new URL('/auth/login', consoleUrl));
  const { final } = await submitSignInForm(browser, form, username, password);
  const cookie = sessionCookieOf(final);
  if (!cookie) {
    throw new Error(`Signing in as ${username} failed (${final.status}): ${wordsOf(final)}`);
  }
  return cookie;
}

/** The `Cookie` header value that presents the session, for requests made with fetch. */
export function sessionCookieHeader(cookie: SessionCookie): string {
  return `${cookie.name}=${cookie.value}`;
}

/** Follows a console sign-in link to the IdP's sign-in form; throws in words if there is none. */
export async function openSignInForm(browser: HttpBrowser, loginUrl: URL): Promise<Visit> {
  const { final } = await browser.follow(loginUrl);
  if (!formActionOf(final)) {
    throw new Error(`No sign-in form at ${final.url} (${final.status}): ${wordsOf(final)}`);
  }
  return final;
}

/**
 * Posts the form and follows the redirects back to the console, stopping at the answer that
 * sets the session cookie (or wherever the flow ends when none does).
 */
export function submitSignInForm(
  browser: HttpBrowser,
  form: Visit,
  username: string,
  password: string,
) {
  return browser.follow(new URL(formActionOf(form)!, form.url), {
    method: 'POST',
    form: { username, password },
    stopAt: (visit) => sessionCookieOf(visit) !== null,
  });
}

/** The console session cookie a response sets, or null. */
export function sessionCookieOf(visit: Visit): SessionCookie | null {
  for (const setCookie of visit.headers.getSetCookie()) {
    const pair = setCookie.split(';')[0] ?? '';
    const split = pair.indexOf('=');
    const name = pair.slice(0, split);
    const value = pair.slice(split + 1);
    if (sessionCookieNames.includes(name) && value) return { name, value };
  }
  return null;
}

function formActionOf(visit: Visit): string | null {
  const action = /<form method="post" action="([^"]+)"/.exec(visit.body)?.[1];
  return action ? action.replaceAll('&amp;', '&') : null;
}

/** A page's text without markup, for messages a person can read. */
export function wordsOf(visit: Visit): string {
  return visit.body
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
