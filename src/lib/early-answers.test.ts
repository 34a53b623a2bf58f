import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as EarlyAnswersModule from './early-answers.ts';

type EarlyAnswers = typeof EarlyAnswersModule;

/** A fresh copy of the module: what it holds is per page load. */
async function freshEarlyAnswers(): Promise<EarlyAnswers> {
  vi.resetModules();
  return import('./early-answers.ts');
}

const search = {
  method: 'POST' as const,
  url: '/api/cvad/manage/Sessions/$search?limit=100',
  body: '{"SearchFilters":[]}',
};

/** The app's request for the same read, as its API client builds it. */
const appRequest = (body = search.body, init: RequestInit = {}) =>
  new Request(new URL(search.url, window.location.origin), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body,
    ...init,
  });

describe('early answers', () => {
  let early: EarlyAnswers;
  const fetchRequest = vi.fn(async () => Response.json({ from: 'app' }));
  beforeEach(async () => {
    early = await freshEarlyAnswers();
    fetchRequest.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('sends a read as the API client would', async () => {
    const send = vi.fn(async () => Response.json({}));
    early.sendEarly(search, send);
    expect(send).toHaveBeenCalledWith(new URL(search.url, window.location.origin).toString(), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: search.body,
      credentials: 'same-origin',
    });
  });

  it('hands the app’s identical request the early answer, once', async () => {
    early.sendEarly(search, async () => Response.json({ from: 'early' }));
    const fetchWithEarly = early.withEarlyAnswers(fetchRequest);
    expect(await (await fetchWithEarly(appRequest())).json()).toEqual({ from: 'early' });
    expect(fetchRequest).not.toHaveBeenCalled();
    // The answer is used up: asked again, the app reads afresh.
    expect(await (await fetchWithEarly(appRequest())).json()).toEqual({ from: 'app' });
  });

  it('hands the answer as it is, a failure included, for the client to handle as always', async () => {
    early.sendEarly(search, async () =>
      Response.json({ code: 'unauthenticated' }, { status: 401 }),
    );
    const response = await early.withEarlyAnswers(fetchRequest)(appRequest());
    expect(response.status).toBe(401);
    expect(fetchRequest).not.toHaveBeenCalled();
  });

  it('leaves a different request (another body) to fetch', async () => {
    early.sendEarly(search, async () => Response.json({ from: 'early' }));
    const fetchWithEarly = early.withEarlyAnswers(fetchRequest);
    const other = await fetchWithEarly(appRequest('{"SearchFilters":[{"Property":"UserName"}]}'));
    expect(await other.json()).toEqual({ from: 'app' });
    expect(await (await fetchWithEarly(appRequest())).json()).toEqual({ from: 'early' });
  });

  it('asks again when the early read did not arrive', async () => {
    early.sendEarly(search, async () => {
      throw new TypeError('Failed to fetch');
    });
    const response = await early.withEarlyAnswers(fetchRequest)(appRequest());
    expect(await response.json()).toEqual({ from: 'app' });
  });

  it('rejects as fetch does when the app’s request is aborted while the answer is on its way', async () => {
    early.sendEarly(search, () => new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const answer = early.withEarlyAnswers(fetchRequest)(
      appRequest(search.body, { signal: controller.signal }),
    );
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetchRequest).not.toHaveBeenCalled();
  });

  it('leaves the answer to the next identical request when one is aborted', async () => {
    early.sendEarly(search, async () => Response.json({ from: 'early' }));
    const fetchWithEarly = early.withEarlyAnswers(fetchRequest);
    const controller = new AbortController();
    controller.abort();
    await expect(
      fetchWithEarly(appRequest(search.body, { signal: controller.signal })),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(await (await fetchWithEarly(appRequest())).json()).toEqual({ from: 'early' });
    expect(fetchRequest).not.toHaveBeenCalled();
  });

  it('has the app’s read wait for the early reads on their way under its address, and take one up', async () => {
    // The connection names the site for both; the early one goes out a moment after the answer.
    let named!: () => void;
    const connectionAnswered = new Promise<void>((resolve) => (named = resolve));
    early.sendingSoonUnder(
      '/api/cvad/',
      connectionAnswered.then(() =>
        early.sendEarly(search, async () => Response.json({ from: 'early' })),
      ),
    );
    const answer = early.withEarlyAnswers(fetchRequest)(appRequest());
    named();
    expect(await (await answer).json()).toEqual({ from: 'early' });
    expect(fetchRequest).not.toHaveBeenCalled();
  });

  it('does not hold the app’s read on early reads that never go out', async () => {
    vi.useFakeTimers();
    early.sendingSoonUnder('/api/cvad/', new Promise(() => undefined));
    const answer = early.withEarlyAnswers(fetchRequest)(appRequest());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await (await answer).json()).toEqual({ from: 'app' });
  });

  it('does not hold a read under another address', async () => {
    early.sendingSoonUnder('/api/catalogservice/', new Promise(() => undefined));
    const answer = await early.withEarlyAnswers(fetchRequest)(appRequest());
    expect(await answer.json()).toEqual({ from: 'app' });
  });

  it('does not send a read the app has already sent itself', async () => {
    // The app and the early reads both wait for the connection to name the site; the app's
    // read of an image can go out first, and a second one would be read by nobody.
    await early.withEarlyAnswers(fetchRequest)(appRequest());
    const send = vi.fn(async () => Response.json({ from: 'early' }));
    expect(early.sendEarly(search, send)).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('lets go of an answer nobody took, so the browser can end the request', async () => {
    vi.useFakeTimers();
    const cancelled = vi.fn();
    const body = new ReadableStream({ cancel: cancelled });
    early.sendEarly(search, async () => new Response(body, { status: 200 }));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(cancelled).toHaveBeenCalled();
  });

  it('forgets an answer the app has not asked for within 20 seconds', async () => {
    vi.useFakeTimers();
    early.sendEarly(search, async () => Response.json({ from: 'early' }));
    vi.advanceTimersByTime(20_000);
    const response = await early.withEarlyAnswers(fetchRequest)(appRequest());
    expect(await response.json()).toEqual({ from: 'app' });
  });
});
