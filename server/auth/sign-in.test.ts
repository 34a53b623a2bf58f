import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  openSignInForm,
  sessionCookieHeader,
  signInOverHttp,
  submitSignInForm,
  wordsOf,
} from '../../tests/support/sign-in.ts';
import { hashSessionId } from './console-sessions.ts';
import { createHttpBrowser } from './testing/http-browser.ts';
import { consolesPerTest } from './testing/consoles-per-test.ts';

const consoles = consolesPerTest();

describe('sign-in through the embedded demo IdP', () => {
  it.each([
    ['admin', 'Avery Admin', 'avery.admin@example.com'],
    ['helpdesk', 'Harper Helpdesk', 'harper.helpdesk@example.com'],
    ['viewer', 'Vic Viewer', 'vic.viewer@example.com'],
  ] as const)('signs %s in with their role, name and email', async (username, name, email) => {
    const running = await consoles.start();
    const cookie = await signInOverHttp(running.url, username);

    const me = await running.whoami(sessionCookieHeader(cookie));
    expect(me.status).toBe(200);
    expect(me.identity).toMatchObject({
      authMode: 'oidc',
      actor: { subject: username, name, email, role: username },
    });
  });

  it('asks the IdP with PKCE (S256), state and nonce, and keeps the verifier server-side', async () => {
    const running = await consoles.start();
    const login = await createHttpBrowser().request(new URL('/auth/login', running.url));

    expect(login.status).toBe(302);
    const authorization = new URL(login.headers.get('location')!);
    expect(`${authorization.origin}${authorization.pathname}`).toBe(`${running.url}/idp/auth`);
    const params = authorization.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(params.get('redirect_uri')).toBe(`${running.url}/auth/callback`);
    const pending = await running.store.signIns.take(params.get('state')!, new Date(), 60_000);
    const challenge = createHash('sha256').update(pending!.codeVerifier).digest('base64url');
    expect(params.get('code_challenge')).toBe(challenge);
    // No session yet: only the cookie that ties this sign-in to this browser.
    expect(login.headers.getSetCookie()).toEqual([
      expect.stringMatching(
        /^daas-console-sign-in=[\w-]{43}; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax$/,
      ),
    ]);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie (not Secure on http) holding only a random id', async () => {
    const running = await consoles.start();
    const browser = createHttpBrowser();
    const form = await openSignInForm(browser, new URL('/auth/login', running.url));
    const { final } = await submitSignInForm(browser, form, 'admin', 'demo');

    expect(final.url.pathname).toBe('/auth/callback');
    expect(final.status).toBe(303);
    const [setCookie, ...others] = final.headers.getSetCookie();
    expect(others).toEqual([]);
    const [pair, ...attributes] = setCookie!.split('; ');
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax']);
    const [name, id] = pair!.split('=');
    expect(name).toBe('daas-console-session');
    expect(Buffer.from(id!, 'base64url')).toHaveLength(32);
    // Only the hash is stored: the cookie value itself finds nothing in the store.
    const now = new Date();
    expect(await running.store.sessions.findActive(id!, now)).toBeNull();
    expect(await running.store.sessions.findActive(hashSessionId(id!), now)).not.toBeNull();
  });

  it('returns to the page the person asked for, with its query', async () => {
    const running = await consoles.start();
    const browser = createHttpBrowser();
    const returnTo = '/images?view=grid&sort=name';
    const loginUrl = new URL(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`, running.url);
    const { final } = await submitSignInForm(
      browser,
      await openSignInForm(browser, loginUrl),
      'viewer',
      'demo',
    );

    expect(final.headers.get('location')).toBe(returnTo);
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'images'])(
    'returns to / instead of %s',
    async (returnTo) => {
      const running = await consoles.start();
      const browser = createHttpBrowser();
      const loginUrl = new URL(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`, running.url);
      const { final } = await submitSignInForm(
        browser,
        await openSignInForm(browser, loginUrl),
        'viewer',
        'demo',
      );

      expect(final.headers.get('location')).toBe('/');
    },
  );

  it('starts the sign-in on the public host when reached through another name', async () => {
    const running = await consoles.start();
    const port = new URL(running.url).port;
    const login = await createHttpBrowser().request(
      new URL(`http://localhost:${port}/auth/login?returnTo=%2Fsessions`),
    );

    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toBe(`${running.url}/auth/login?returnTo=%2Fsessions`);
  });

  it('shows a sign-in page with labelled fields, the demo accounts and no inline script', async () => {
    const running = await consoles.start();
    const form = await openSignInForm(createHttpBrowser(), new URL('/auth/login', running.url));

    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(form.body).toContain('<h1>Sign in to the DaaS Console</h1>');
    expect(form.body).toMatch(/<label for="username">Username<\/label>\s*<input id="username"/);
    expect(form.body).toMatch(/<label for="password">Password<\/label>\s*<input id="password"/);
    expect(form.body).toContain('<button type="submit">Sign in</button>');
    expect(wordsOf(form)).toContain('This is the simulator’s demo identity provider');
    expect(wordsOf(form)).toContain('Demo accounts: admin, helpdesk, viewer — password: demo.');
    expect(form.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });
});
