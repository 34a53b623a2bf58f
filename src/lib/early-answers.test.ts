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

  it('forgets an answer the app has not asked for within 20 seconds', async () => {
    vi.useFakeTimers();
    early.sendEarly(search, async () => Response.json({ from: 'early' }));
    vi.advanceTimersByTime(20_000);
    const response = await early.withEarlyAnswers(fetchRequest)(appRequest());
    expect(await response.json()).toEqual({ from: 'app' });
  });
});
