import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw-server.ts';
import { consoleApi } from './api-clients.ts';
import { readWithRetries } from './read-with-retries.ts';

/** `/api/probe` answers each request with the next of `statuses` (200 once they run out). */
function probeAnswering(statuses: number[], retryAfter?: string) {
  let calls = 0;
  server.use(
    http.get('/api/probe', () => {
      const status = statuses[calls++];
      if (status === undefined) return HttpResponse.json({ ok: true });
      const headers = retryAfter ? { 'Retry-After': retryAfter } : undefined;
      return new HttpResponse(null, { status, headers });
    }),
  );
  return { calls: () => calls };
}

/** Records each wait instead of waiting, so the test does not wait in real time. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

const read = () => consoleApi.get('probe').json();

describe('readWithRetries: reads outside React Query retried as reads are', () => {
  it('waits what Retry-After asks and reads again until the read works', async () => {
    const probe = probeAnswering([503, 429], '2');
    const { waits, sleep } = recordingSleep();
    await expect(readWithRetries(read, new AbortController().signal, sleep)).resolves.toEqual({
      ok: true,
    });
    expect(probe.calls()).toBe(3);
    expect(waits).toEqual([2000, 2000]);
  });

  it('gives up after three retries and throws the last failure', async () => {
    const probe = probeAnswering([503, 503, 503, 503, 503]);
    const { waits, sleep } = recordingSleep();
    await expect(readWithRetries(read, new AbortController().signal, sleep)).rejects.toMatchObject({
      response: { status: 503 },
    });
    expect(probe.calls()).toBe(4);
    expect(waits).toHaveLength(3);
  });

  it('does not read again what fails the same way every time', async () => {
    const probe = probeAnswering([400]);
    const { waits, sleep } = recordingSleep();
    await expect(readWithRetries(read, new AbortController().signal, sleep)).rejects.toThrow();
    expect(probe.calls()).toBe(1);
    expect(waits).toEqual([]);
  });
});
