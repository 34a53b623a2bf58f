import { afterEach, describe, expect, it } from 'vitest';
import { endSessionFrom } from './testing/sign-out-steps.ts';
import { freePort } from '../../tests/support/free-port.ts';
import {
  openSignInForm,
  sessionCookieHeader,
  sessionCookieOf,
  signInOverHttp,
  submitSignInForm,
  wordsOf,
} from '../../tests/support/sign-in.ts';
import { readAuthSettings } from './settings.ts';
import { startConsoleWithAuth, type ConsoleWithAuth } from './testing/console-with-auth.ts';
import { createHttpBrowser } from './testing/http-browser.ts';
import { startStandaloneIdp, type StandaloneIdp } from './testing/standalone-idp.ts';

const accounts = [
  { username: 'alice', claims: { name: 'Alice Agent', groups: ['servicedesk', 'staff'] } },
  { username: 'bob', claims: { name: 'Bob Boss', groups: ['servicedesk', 'admins'] } },
  { username: 'carol', claims: { name: 'Carol Sales', groups: ['sales'] } },
];

let running: ConsoleWithAuth | null = null;
let idp: StandaloneIdp | null = null;
afterEach(async () => {
  await running?.close();
  await idp?.close();
  running = idp = null;
});

/** A console signing in through an IdP on another origin, as in cloud mode. */
async function startWithIdp(idpPort = 0) {
  let issuer = '';
  running = await startConsoleWithAuth({
    settings: (url) =>
      readAuthSettings(
        {
          OIDC_ISSUER_URL: issuer,
          OIDC_CLIENT_ID: 'daas-console',
          OIDC_CLIENT_SECRET: 'a-secret-of-the-organisation',
          PUBLIC_URL: url,
          CONSOLE_ROLE_MAP: 'admins=admin,servicedesk=helpdesk',
        },
        { mode: 'simulator' },
      ),
    // The IdP needs the console's URL and the console the IdP's: reserve the IdP's port first.
    beforeSettings: async (url) => {
      issuer = `http://127.0.0.1:${idpPort}/realms/acme`;
      if (idpPort === 0) {
        idp = await startStandaloneIdp({ consoleUrl: url, accounts });
        issuer = idp.issuer;
      }
    },
  });
  return running;
}

describe('sign-in through an IdP on another origin', () => {
  it('maps `groups` through CONSOLE_ROLE_MAP, the highest role winning', async () => {
    const console_ = await startWithIdp();

    const alice = await console_.whoami(
      sessionCookieHeader(await signInOverHttp(console_.url, 'alice')),
    );
    const bob = await console_.whoami(
      sessionCookieHeader(await signInOverHttp(console_.url, 'bob')),
    );

    expect(alice.identity?.actor).toEqual({
      subject: 'alice',
      name: 'Alice Agent',
      email: null,
      role: 'helpdesk',
    });
    expect(bob.identity?.actor.role).toBe('admin');
  });

  it('refuses a person whose groups map to no role, naming the groups that would', async () => {
    const console_ = await startWithIdp();
    const browser = createHttpBrowser();
    const form = await openSignInForm(browser, new URL('/auth/login', console_.url));
    const { final } = await submitSignInForm(browser, form, 'carol', 'demo');

    expect(final.status).toBe(403);
    expect(wordsOf(final)).toContain(
      'Ask an administrator to add you to one of: admins, servicedesk',
    );
    expect(sessionCookieOf(final)).toBeNull();
  });

  it("signs out with the IdP's end-session URL and an ID token hint", async () => {
    const console_ = await startWithIdp();
    const cookie = sessionCookieHeader(await signInOverHttp(console_.url, 'alice'));
    const response = await fetch(`${console_.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: console_.url },
    });
    const endSession = await endSessionFrom(console_.url, response);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${idp!.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(
      `${console_.url}/auth/signed-out`,
    );
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await console_.whoami(cookie)).status).toBe(401);
  });

  it('says when the IdP cannot be reached, and signs in once it is back', async () => {
    const idpPort = await freePort();
    const console_ = await startWithIdp(idpPort);
    const browser = createHttpBrowser();
    const down = await browser.request(new URL('/auth/login', console_.url));

    expect(down.status).toBe(502);
    expect(wordsOf(down)).toContain(
      `The identity provider at http://127.0.0.1:${idpPort}/realms/acme could not be reached.`,
    );
    expect(down.body).toContain('<a href="/auth/login">Try again</a>');

    idp = await startStandaloneIdp({ consoleUrl: console_.url, accounts, port: idpPort });
    const cookie = await signInOverHttp(console_.url, 'bob');
    expect((await console_.whoami(sessionCookieHeader(cookie))).identity?.actor.role).toBe('admin');
  });
});
