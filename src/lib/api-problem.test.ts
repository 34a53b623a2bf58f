import { TimeoutError } from 'ky';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { z as zm } from 'zod/mini';
import { restoreLocation, spyOnPageNavigation } from '../testing/location.ts';
import { server } from '../testing/msw-server.ts';
import { catalogServiceApi, consoleApi, cvadApi, rackspaceApi } from './api-clients.ts';
import { toApiProblem } from './api-problem.ts';

/** Makes a real request through a client, and returns what it threw. */
async function failureOf(request: Promise<unknown>) {
  try {
    await request;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('toApiProblem, for bodies the proxy wrote itself', () => {
  it('explains rejected credentials in words, with the proxy’s own message', async () => {
    server.use(
      http.get('/api/cvad/manage/Sessions', () =>
        HttpResponse.json(
          {
            error: {
              code: 'credentials_rejected',
              message: 'Citrix Cloud rejected the client ID.',
            },
          },
          { status: 502 },
        ),
      ),
    );
    const problem = toApiProblem(await failureOf(cvadApi.get('Sessions').json()));
    expect(problem).toMatchObject({ kind: 'credentials-rejected', status: 502 });
    expect(problem.title).toBe('Cloud credentials were rejected');
    expect(problem.message).toContain('Citrix Cloud rejected the client ID.');
  });

  it.each([
    ['provider_not_configured', 'not-configured'],
    ['upstream_unreachable', 'unavailable'],
    ['upstream_timeout', 'timeout'],
    ['discovery_failed', 'unavailable'],
    ['payload_too_large', 'bad-request'],
    ['not_found', 'not-found'],
  ])('maps proxy code %s to %s', async (code, kind) => {
    server.use(
      http.get('/api/thing', () =>
        HttpResponse.json({ error: { code, message: 'words' } }, { status: 400 }),
      ),
    );
    expect(toApiProblem(await failureOf(consoleApi.get('thing')))).toMatchObject({ kind });
  });
});

describe('toApiProblem, for the console’s own refusals', () => {
  afterEach(restoreLocation);

  async function problemFor(status: number, code: string, message: string) {
    server.use(
      http.post('/api/cvad/manage/Sessions/s1/\\$logoff', () =>
        HttpResponse.json({ error: { code, message } }, { status }),
      ),
    );
    return toApiProblem(await failureOf(cvadApi.post('Sessions/s1/$logoff')));
  }

  it('says the sign-in has ended on the console’s 401, not that cloud credentials failed', async () => {
    spyOnPageNavigation();
    const problem = await problemFor(401, 'unauthenticated', 'Sign in again.');
    expect(problem).toMatchObject({ kind: 'signed-out', title: 'Your sign-in has ended' });
    expect(problem.message).toMatch(/^Sign in again to carry on\./);
  });

  it('gives a role refusal in the server’s own words', async () => {
    const problem = await problemFor(
      403,
      'forbidden',
      'Your role, helpdesk, cannot start image rollouts.',
    );
    expect(problem).toMatchObject({ kind: 'not-permitted', status: 403 });
    expect(problem.message).toBe('Your role, helpdesk, cannot start image rollouts.');
  });

  it('says a write was not sent, and nothing changed, when its audit record could not be stored', async () => {
    const problem = await problemFor(503, 'audit_unavailable', 'The audit store is unreachable.');
    expect(problem.kind).toBe('audit-unavailable');
    expect(problem.message).toBe(
      'Not sent: the console could not record it in the audit trail. Nothing was changed. ' +
        'Try again shortly. Details: The audit store is unreachable.',
    );
  });
});

describe('toApiProblem, for bodies the clouds wrote', () => {
  it('reads Citrix Cloud’s common format and keeps the transaction ID for support', async () => {
    server.use(
      http.get('/api/cvad/manage/Sessions', () =>
        HttpResponse.json(
          {
            type: 'https://errors-api.cloud.com/common/authentication',
            detail: 'Missing or invalid authentication details',
            parameters: [{ name: 'reason', value: 'missing' }],
          },
          { status: 401, headers: { 'Citrix-TransactionId': 'tx-1234' } },
        ),
      ),
    );
    const problem = toApiProblem(await failureOf(cvadApi.get('Sessions')));
    expect(problem).toMatchObject({
      kind: 'credentials-rejected',
      status: 401,
      transactionId: 'tx-1234',
      detail: 'Missing or invalid authentication details',
    });
  });

  it('reads Citrix ErrorData’s ErrorMessage', async () => {
    server.use(
      http.get('/api/cvad/manage/Sessions/s1', () =>
        HttpResponse.json(
          { ErrorMessage: 'Session s1 does not exist.', SdkErrorId: 'SessionNotFound' },
          { status: 404 },
        ),
      ),
    );
    const problem = toApiProblem(await failureOf(cvadApi.get('Sessions/s1')));
    expect(problem.kind).toBe('not-found');
    expect(problem.message).toContain('Session s1 does not exist.');
  });

  it('reads the catalog service’s message', async () => {
    server.use(
      http.post('/api/catalogservice/c1/s1/catalogs/k1/\\$updateImage', () =>
        HttpResponse.json({ message: 'The catalog is being updated.' }, { status: 409 }),
      ),
    );
    const problem = toApiProblem(
      await failureOf(catalogServiceApi.post('c1/s1/catalogs/k1/$updateImage')),
    );
    expect(problem).toMatchObject({ kind: 'conflict', detail: 'The catalog is being updated.' });
  });

  it('reads a Rackspace fault and its details', async () => {
    server.use(
      http.get('/api/rackspace/DFW/v2/123/images/detail', () =>
        HttpResponse.json(
          {
            badRequest: { code: 400, message: 'Invalid marker.', details: 'Marker m1 not found.' },
          },
          { status: 400 },
        ),
      ),
    );
    const problem = toApiProblem(await failureOf(rackspaceApi.get('DFW/v2/123/images/detail')));
    expect(problem).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(problem.message).toContain('Invalid marker. Marker m1 not found.');
  });

  it('treats Rackspace’s 413 overLimit as rate limiting, waiting as its retryAfter says', async () => {
    server.use(
      http.get('/api/rackspace/DFW/v2/123/images/detail', () =>
        HttpResponse.json(
          { overLimit: { code: 413, message: 'This request was rate-limited.', retryAfter: '12' } },
          { status: 413 },
        ),
      ),
    );
    const problem = toApiProblem(await failureOf(rackspaceApi.get('DFW/v2/123/images/detail')));
    expect(problem).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 12 });
    expect(problem.message).toContain('Try again in 12 seconds.');
  });

  it('reads Rackspace’s retryAt date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    server.use(
      http.get('/api/rackspace/DFW/v2/123/servers', () =>
        HttpResponse.json(
          { overLimit: { code: 413, message: 'Slow down.', retryAt: '2026-11-24T10:02:00Z' } },
          { status: 413 },
        ),
      ),
    );
    const problem = toApiProblem(await failureOf(rackspaceApi.get('DFW/v2/123/servers')));
    expect(problem).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 120 });
    expect(problem.message).toContain('Try again in 2 minutes.');
  });

  it('explains an OAuth invalid_client as rejected credentials', async () => {
    server.use(
      http.post('/api/thing', () =>
        HttpResponse.json(
          { error: 'invalid_client', error_description: 'Client authentication failed' },
          { status: 400 },
        ),
      ),
    );
    const problem = toApiProblem(await failureOf(consoleApi.post('thing')));
    expect(problem.kind).toBe('credentials-rejected');
    expect(problem.message).toContain('Client authentication failed');
  });
});

describe('toApiProblem, from the status and headers', () => {
  it('honours Citrix’s 429 with Retry-After in seconds', async () => {
    server.use(
      http.get('/api/cvad/manage/Sessions', () =>
        HttpResponse.text('', { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    const problem = toApiProblem(await failureOf(cvadApi.get('Sessions')));
    expect(problem).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 7, status: 429 });
    expect(problem.title).toBe('Too many requests');
  });

  it('honours Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    server.use(
      http.get('/api/cvad/manage/Sessions', () =>
        HttpResponse.text('Busy', {
          status: 503,
          headers: { 'Retry-After': 'Tue, 24 Nov 2026 10:00:30 GMT' },
        }),
      ),
    );
    const problem = toApiProblem(await failureOf(cvadApi.get('Sessions')));
    expect(problem).toMatchObject({ kind: 'unavailable', retryAfterSeconds: 30 });
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [413, 'bad-request'],
    [422, 'bad-request'],
    [500, 'unavailable'],
    [504, 'timeout'],
  ])('maps a bare %i to %s', async (status, kind) => {
    server.use(http.get('/api/thing', () => new HttpResponse(null, { status })));
    expect(toApiProblem(await failureOf(consoleApi.get('thing')))).toMatchObject({ kind, status });
  });
});

describe('toApiProblem, when no response came back', () => {
  it('says the console server cannot be reached when the network fails', async () => {
    server.use(http.get('/api/connection', () => HttpResponse.error()));
    const problem = toApiProblem(await failureOf(consoleApi.get('connection')));
    expect(problem).toMatchObject({
      kind: 'network-down',
      title: 'Cannot reach the console server',
    });
  });

  it('says the request took too long on a timeout', () => {
    const error = new TimeoutError(new Request('http://localhost/api/connection'));
    expect(toApiProblem(error)).toMatchObject({
      kind: 'timeout',
      title: 'The request took too long',
    });
  });

  it.each([
    ['zod', z.object({ customerId: z.string() })],
    ['zod/mini', zm.object({ customerId: zm.string() })],
  ])('calls a response that fails its %s schema unexpected, naming the field', (_, schema) => {
    const result = schema.safeParse({ customerId: 42 });
    const problem = toApiProblem(result.error);
    expect(problem.kind).toBe('unexpected-response');
    expect(problem.message).toContain('customerId');
  });

  it('does not mistake an ordinary error with an issues list for a schema mismatch', () => {
    const error = Object.assign(new Error('Boom'), { issues: [] });
    expect(toApiProblem(error)).toMatchObject({ kind: 'unknown', detail: 'Boom' });
  });

  it('keeps the words of an unknown error', () => {
    expect(toApiProblem(new Error('Boom'))).toMatchObject({ kind: 'unknown', detail: 'Boom' });
  });
});

describe('toApiProblem, for bodies that do not parse', () => {
  it('calls a JSON body cut short an incomplete response, and says it is usually temporary', async () => {
    server.use(http.get('/api/cvad/manage/me', () => new HttpResponse('{"UserId": "a1", "Disp')));
    const problem = toApiProblem(await failureOf(cvadApi.get('me').json()));
    expect(problem).toMatchObject({ kind: 'incomplete-response', title: 'Incomplete response' });
    expect(problem.message).toMatch(/cut short or garbled\. This is usually temporary\./);
  });

  it('calls an HTML page where JSON was expected an unexpected response', async () => {
    server.use(http.get('/api/cvad/manage/me', () => HttpResponse.html('<!doctype html><p>Hi')));
    const problem = toApiProblem(await failureOf(cvadApi.get('me').json()));
    expect(problem).toMatchObject({ kind: 'unexpected-response', title: 'Unexpected response' });
  });
});
