import { describe, expect, it } from 'vitest';
import {
  openSignInForm,
  sessionCookieOf,
  submitSignInForm,
  wordsOf,
} from '../../tests/support/sign-in.ts';
import { createHttpBrowser } from './testing/http-browser.ts';
import { consolesPerTest } from './testing/consoles-per-test.ts';

const consoles = consolesPerTest();

async function signInSteps(
  url: string,
  username: string,
  password: string,
  loginPath = '/auth/login',
) {
  const browser = createHttpBrowser();
  const form = await openSignInForm(browser, new URL(loginPath, url));
  return { browser, form, ...(await submitSignInForm(browser, form, username, password)) };
}

describe('sign-in that does not succeed', () => {
  it('says "Wrong username or password" and keeps the form, without a session', async () => {
    const running = await consoles.start();
    const { final, visits } = await signInSteps(running.url, 'admin', 'not-the-password');

    expect(visits).toHaveLength(1);
    expect(wordsOf(final)).toContain('Wrong username or password.');
    expect(final.body).toMatch(/<input id="username"[^>]*value="admin"/);
    expect(final.body).toContain('role="alert"');
    expect(final.headers.getSetCookie().filter((cookie) => cookie.includes('console'))).toEqual([]);
  });

  it('honours SIM_DEMO_PASSWORD and no longer shows the password on the page', async () => {
    const running = await consoles.start({ env: { SIM_DEMO_PASSWORD: 'open sesame' } });
    const refused = await signInSteps(running.url, 'viewer', 'demo');
    const accepted = await signInSteps(running.url, 'viewer', 'open sesame');

    expect(wordsOf(refused.final)).toContain('Wrong username or password.');
    expect(wordsOf(refused.form)).toContain('password: the one set in SIM_DEMO_PASSWORD');
    expect(sessionCookieOf(accepted.final)).not.toBeNull();
  });

  it('explains a cancelled sign-in (access_denied) and offers to try again', async () => {
    const running = await consoles.start();
    const browser = createHttpBrowser();
    const form = await openSignInForm(
      browser,
      new URL('/auth/login?returnTo=%2Faudit', running.url),
    );
    const cancel = /<a href="([^"]+\/abort)">Cancel<\/a>/.exec(form.body)![1]!;
    const { final } = await browser.follow(new URL(cancel, form.url));

    expect(final.url.pathname).toBe('/auth/callback');
    expect(final.status).toBe(400);
    expect(final.headers.get('cache-control')).toBe('no-store');
    expect(wordsOf(final)).toContain('The identity provider did not sign you in (access_denied');
    expect(final.body).toContain('<a href="/auth/login?returnTo=%2Faudit">Try again</a>');
    expect(sessionCookieOf(final)).toBeNull();
  });

  it('explains an unknown or already used sign-in link', async () => {
    const running = await consoles.start();
    const browser = createHttpBrowser();
    const stale = await browser.request(
      new URL('/auth/callback?code=abc&state=unknown', running.url),
    );

    expect(stale.status).toBe(400);
    expect(wordsOf(stale)).toContain('This sign-in link has expired');
    expect(stale.body).toContain('<a href="/auth/login">Try again</a>');
  });

  it('refuses a callback link opened in another browser than the one that signed in (login CSRF)', async () => {
    const running = await consoles.start();
    const attacker = createHttpBrowser();
    const form = await openSignInForm(attacker, new URL('/auth/login', running.url));
    const { final } = await attacker.follow(
      new URL(/action="([^"]+)"/.exec(form.body)![1]!, form.url),
      {
        method: 'POST',
        form: { username: 'viewer', password: 'demo' },
        stopAt: (visit) => visit.headers.get('location')?.includes('/auth/callback?') ?? false,
      },
    );
    const callbackLink = new URL(final.headers.get('location')!, final.url);

    const victim = await createHttpBrowser().request(callbackLink);
    expect(victim.status).toBe(400);
    expect(wordsOf(victim)).toContain('was started in another browser');
    expect(sessionCookieOf(victim)).toBeNull();

    // The browser that started it still can.
    expect(sessionCookieOf(await attacker.request(callbackLink))).not.toBeNull();
  });

  it('lets two tabs of one browser sign in at the same time', async () => {
    const running = await consoles.start();
    const browser = createHttpBrowser();
    const firstTab = await browser.request(new URL('/auth/login?returnTo=%2Fa', running.url));
    const secondForm = await openSignInForm(
      browser,
      new URL('/auth/login?returnTo=%2Fb', running.url),
    );
    const secondTab = await submitSignInForm(browser, secondForm, 'admin', 'demo');
    // The first tab reaches the IdP after the second signed in there: straight back, no form.
    const firstDone = await browser.follow(new URL(firstTab.headers.get('location')!), {
      stopAt: (visit) => sessionCookieOf(visit) !== null,
    });

    expect(secondTab.final.headers.get('location')).toBe('/b');
    expect(firstDone.final.headers.get('location')).toBe('/a');
    expect(sessionCookieOf(firstDone.final)).not.toBeNull();
  });

  it('refuses a callback replayed after a successful sign-in', async () => {
    const running = await consoles.start();
    const { final, browser } = await signInSteps(running.url, 'admin', 'demo');
    const replay = await browser.request(final.url);

    expect(sessionCookieOf(final)).not.toBeNull();
    expect(replay.status).toBe(400);
    expect(sessionCookieOf(replay)).toBeNull();
  });

  it('refuses a person none of whose claim values maps to a role, in words, with no session', async () => {
    const running = await consoles.start({ env: { CONSOLE_ROLE_MAP: 'admin=admin' } });
    const { final } = await signInSteps(running.url, 'viewer', 'demo');

    expect(final.status).toBe(403);
    expect(wordsOf(final)).toContain(
      'Your account has no role in this console. Ask an administrator to add you to one of: admin',
    );
    expect(sessionCookieOf(final)).toBeNull();
    expect(await running.store.sessions.removeExpired(new Date(Date.now() + 1e12))).toBe(0);
    const switchAccount = /<a href="([^"]+)">Sign in as someone else<\/a>/.exec(final.body)?.[1];
    expect(switchAccount).toMatch(new RegExp(`^${running.url}/idp/session/end\\?`));
    expect(switchAccount).not.toContain('id_token_hint');
  });
});
