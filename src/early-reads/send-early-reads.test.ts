import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EarlyRead } from '../lib/early-answers.ts';
import type * as SessionsReads from './sessions-reads.ts';

/** A promise and the function that settles it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** The app's request for an early read, as its API client builds it (`api-clients.ts`). */
const appRequestFor = (read: EarlyRead) =>
  new Request(new URL(read.url, window.location.origin), {
    method: read.method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: read.body,
  });

describe('the early reads of a page whose reads’ builder arrives after the page', () => {
  afterEach(() => {
    vi.doUnmock('./sessions-reads.ts');
    vi.unstubAllGlobals();
  });

  it('hold the app’s read under the same API until it is built, so the app takes it up', async () => {
    // The sessions list's builder is a chunk of its own (`sessions-reads.ts`); on a loaded phone
    // the app's code can be in and asking before that chunk is. Sent by both, the same read
    // would go out twice and the early one be read by nobody.
    vi.resetModules();
    const builderArrives = deferred();
    const actual = await vi.importActual<typeof SessionsReads>('./sessions-reads.ts');
    vi.doMock('./sessions-reads.ts', async () => {
      await builderArrives.promise;
      return actual;
    });
    const sentEarly: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        sentEarly.push(new URL(url).pathname);
        return Response.json({ from: 'early' });
      }),
    );
    const { withEarlyAnswers } = await import('../lib/early-answers.ts');
    const { sendEarlyReads } = await import('./send-early-reads.ts');

    sendEarlyReads({ pathname: '/sessions', search: '?state=Active', routerState: undefined });
    const [read] = actual.sessionsListReads({
      params: {},
      search: '?state=Active',
      routerState: undefined,
    });
    const appFetch = vi.fn(async () => Response.json({ from: 'app' }));
    const answer = withEarlyAnswers(appFetch)(appRequestFor(read!));
    await new Promise((resolve) => setTimeout(resolve, 50));
    builderArrives.resolve();

    expect(await (await answer).json()).toEqual({ from: 'early' });
    expect(appFetch).not.toHaveBeenCalled();
    expect(sentEarly.filter((path) => path.endsWith('/$search'))).toHaveLength(1);
  });
});
