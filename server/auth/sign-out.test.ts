import { describe, expect, it } from 'vitest';
import { endSessionFrom } from './testing/sign-out-steps.ts';
import {
  openSignInForm,
  sessionCookieHeader,
  sessionCookieOf,
  submitSignInForm,
  wordsOf,
} from '../../tests/support/sign-in.ts';
import { createHttpBrowser, type HttpBrowser } from './testing/http-browser.ts';
import { consolesPerTest } from './testing/consoles-per-test.ts';
import { createMemoryAuthStore } from './testing/memory-store.ts';

const consoles = consolesPerTest();

async function signedIn(browser: HttpBrowser, url: string) {
  const form = await openSignInForm(browser, new URL('/auth/login', url));
  const { final } = await submitSignInForm(browser, form, 'helpdesk', 'demo');
  return sessionCookieHeader(sessionCookieOf(final)!);
}

function logout(url: string, headers: Record<string, string>) {
  return fetch(`${url}/auth/logout`, { method: 'POST', headers });
}

describe('sign-out', () => {
  it('ends the session, clears the cookie and ends the demo IdP session too', async () => {
    const running = await consoles.start();
    const browser = createHttpBrowser();
    const cookie = await signedIn(browser, running.url);

    const response = await logout(running.url, { cookie, origin: running.url });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.getSetCookie()).toEqual([
      'daas-console-session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax',
    ]);
    expect((await running.whoami(cookie)).status).toBe(401);

    const endSession = await endSessionFrom(running.url, response);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${running.url}/idp/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(
      `${running.url}/auth/signed-out`,
    );
    expect(endSession.searchParams.get('id_token_hint')).not.toBeNull();

    // The IdP's confirmation presses its one button by a same-origin script (CSP allows it).
    const confirm = await browser.request(endSession);
    expect(wordsOf(confirm)).toContain('Sign out of the demo identity provider');
    expect(confirm.body).toContain(`<script src="/idp/assets/sign-out.js" defer></script>`);
    expect(confirm.body).toMatch(
      /<button type="submit" form="op.logoutForm" name="logout" value="yes" data-auto-submit>/,
    );
    const script = await browser.request(new URL('/idp/assets/sign-out.js', running.url));
    expect(script.body).toContain('[data-auto-submit]');

    // What the button does: post the form, land on the console's signed-out page.
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(
      confirm.body,
    )![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)![1]!;
    const { final } = await browser.follow(new URL(action), {
      method: 'POST',
      form: { xsrf, logout: 'yes' },
    });
    expect(final.url.href).toBe(`${running.url}/auth/signed-out`);
    expect(wordsOf(final)).toContain('You are signed out');
    expect(final.body).toContain('<a href="/auth/login">Sign in again</a>');
    expect(final.headers.get('cache-control')).toBe('no-store');

    // Signed out of the IdP as well: the next sign-in asks for a password again.
    const again = await browser.follow(new URL('/auth/login', running.url));
    expect(again.final.body).toContain('<label for="password">Password</label>');

    // The log tells who came and went, and holds no token, code or cookie.
    expect(running.logs).toEqual([
      '[console-auth] Harper Helpdesk (helpdesk) signed in as helpdesk',
      '[console-auth] Harper Helpdesk (helpdesk) signed out',
    ]);
  });

  it('after a restart, signs out without the old ID token (its signing key is gone)', async () => {
    const { second: running, cookie } = await consoles.signInThenRestart(
      createMemoryAuthStore(),
      'helpdesk',
    );

    const response = await logout(running.url, { cookie, origin: running.url });
    const endSession = await endSessionFrom(running.url, response);
    expect(endSession.searchParams.get('id_token_hint')).toBeNull();
    expect(endSession.searchParams.get('client_id')).toBe('daas-console');

    // The new demo IdP has no session to end: its page posts straight on, to the console.
    const browser = createHttpBrowser();
    const page = await browser.request(endSession);
    expect(page.status).toBe(200);
    // oidc-provider's auto-submit script is inline: it adds its hash to the console's CSP.
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    const action = /<form method="post" action="([^"]+)"/.exec(page.body)![1]!;
    const inputs = Object.fromEntries(
      [...page.body.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"\/>/g)].map(
        (match) => [match[1]!, match[2]!],
      ),
    );
    const { final } = await browser.follow(new URL(action), { method: 'POST', form: inputs });
    expect(final.url.href).toBe(`${running.url}/auth/signed-out`);
    expect(wordsOf(final)).toContain('You are signed out');
  });

  it('after a restart within the same millisecond, still drops the old ID token', async () => {
    // A fast machine can sign in, stop and start again inside one clock tick.
    const frozen = new Date();
    const { second: running, cookie } = await consoles.signInThenRestart(
      createMemoryAuthStore(),
      'helpdesk',
      { now: () => frozen },
    );

    const response = await logout(running.url, { cookie, origin: running.url });
    const endSession = await endSessionFrom(running.url, response);
    expect(endSession.searchParams.get('id_token_hint')).toBeNull();
  });

  it.each<Record<string, string>>([
    { origin: 'https://evil.example' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
  ])('refuses a sign-out another site asks for (%o) and keeps the session', async (headers) => {
    const running = await consoles.start();
    const cookie = await signedIn(createHttpBrowser(), running.url);

    const response = await logout(running.url, { cookie, ...headers });

    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect((await running.whoami(cookie)).status).toBe(200);
  });

  it('only accepts POST', async () => {
    const running = await consoles.start();
    const response = await fetch(`${running.url}/auth/logout`);

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
