import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../testing/msw-server.ts';
import { restoreLocation, spyOnPageNavigation } from '../testing/location.ts';

/**
 * The API clients from a fresh module graph, as after a page load: the trip to sign in is taken
 * once per page, and another test file may have taken it already in this worker.
 */
async function freshClients() {
  vi.resetModules();
  return import('./api-clients.ts');
}

const signedOut = {
  error: { code: 'unauthenticated', message: 'Your sign-in has ended. Sign in again.' },
};

/** Runs a request through a real client and swallows its failure. */
const settle = (request: Promise<unknown>) => request.then(undefined, () => undefined);

beforeEach(() => sessionStorage.clear());
afterEach(restoreLocation);

describe('an ended sign-in', () => {
  it('sends the browser through sign-in and back to this page, once, and never for a cloud’s 401', async () => {
    const { consoleApi, cvadApi } = await freshClients();
    const navigate = spyOnPageNavigation('/audit?outcome=failed&page=2');
    server.use(
      http.get('/api/cvad/manage/Sessions', () =>
        HttpResponse.json(
          { error: { code: 'credentials_rejected', message: 'Citrix Cloud rejected the client.' } },
          { status: 401 },
        ),
      ),
      http.get('/api/me', () => HttpResponse.json(signedOut, { status: 401 })),
      http.get('/api/audit', () => HttpResponse.json(signedOut, { status: 401 })),
    );

    await settle(cvadApi.get('Sessions').json());
    expect(navigate).not.toHaveBeenCalled();

    // Several reads fail together when a sign-in ends: the browser leaves once.
    await Promise.all([
      settle(consoleApi.get('me').json()),
      settle(consoleApi.get('audit').json()),
    ]);
    await settle(consoleApi.get('me').json());
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(
      `/auth/login?returnTo=${encodeURIComponent('/audit?outcome=failed&page=2')}`,
    );
  });

  it('does not send the browser round again when the last trip was under a minute ago', async () => {
    // A fresh module: as after the page load that follows the trip to sign in.
    vi.resetModules();
    const { sendToSignIn } = await import('./sign-in.ts');
    const navigate = spyOnPageNavigation('/sessions');
    const now = Date.parse('2026-11-24T10:00:00Z');
    sessionStorage.setItem('daas-console-sign-in-trip-at', String(now - 20_000));

    expect(sendToSignIn(now)).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
    expect(sendToSignIn(now + 60_000)).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/auth/login?returnTo=%2Fsessions');
  });
});
