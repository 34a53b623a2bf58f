/** Citrix responses served by the simulator, checked over real HTTP against the official schemas. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import { documentedSchema, expectInvalid, expectValid, specSchema } from './specs.ts';
import { mintCitrixToken } from '../support/simulator-token.ts';

/**
 * The token endpoint has no machine-readable schema. Shape from reference/citrix-notes.md §1.1 (Go SDK
 * `CCAuthResponse`: `token_type`, `access_token`, `expires_in` as a STRING of seconds).
 */
const tokenResponseSchema = documentedSchema({
  type: 'object',
  required: ['token_type', 'access_token', 'expires_in'],
  properties: {
    token_type: { type: 'string', pattern: '^[Bb]earer$' },
    access_token: { type: 'string', minLength: 20 },
    expires_in: { type: 'string', pattern: '^[0-9]+$' },
  },
});

/** OAuth errors, RFC 6749 §5.2, as the Go SDK reads them (reference/citrix-notes.md §1.1). */
const oauthErrorSchema = documentedSchema({
  type: 'object',
  required: ['error', 'error_description'],
  properties: {
    error: { enum: ['invalid_request', 'invalid_client', 'unsupported_grant_type'] },
    error_description: { type: 'string', minLength: 1 },
  },
});

/**
 * The catalog service declares its 4xx/5xx with no body schema; Terraform reads `message`
 * (reference/citrix-notes.md §3.5), so that is the contract.
 */
const catalogServiceErrorSchema = documentedSchema({
  type: 'object',
  required: ['message'],
  properties: { message: { type: 'string', minLength: 1 } },
});

let sim: SimulatorHandle;
let token: string;
const headers = () => ({
  Authorization: `CWSAuth bearer=${token}`,
  'Citrix-CustomerId': sim.credentials.citrix.customerId,
});
const get = (path: string, init: RequestInit = {}) => fetch(`${sim.url}${path}`, init);
const postToken = (form: Record<string, string>) =>
  get('/cctrustoauth2/root/tokens/clients', { method: 'POST', body: new URLSearchParams(form) });

beforeAll(async () => {
  sim = await startSimulator({ config: { sessions: 100 } });
  const { clientId, clientSecret } = sim.credentials.citrix;
  const response = await postToken({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  });
  const body = (await response.json()) as { access_token: string };
  expectValid(tokenResponseSchema, body);
  token = body.access_token;
});
afterAll(() => sim.close());

describe('Citrix Cloud token endpoint (documented shape)', () => {
  it('the documented schemas reject wrong shapes', () => {
    expectInvalid(tokenResponseSchema, {
      token_type: 'bearer',
      access_token: 'x'.repeat(30),
      expires_in: 3600,
    });
    expectInvalid(oauthErrorSchema, { error: 'invalid_client' });
  });

  it('OAuth errors match RFC 6749 §5.2', async () => {
    const wrongSecret = await postToken({
      grant_type: 'client_credentials',
      client_id: 'x',
      client_secret: 'y',
    });
    expect(wrongSecret.status).toBe(401);
    expectValid(oauthErrorSchema, await wrongSecret.json());
    const wrongGrant = await postToken({ grant_type: 'password' });
    expect(wrongGrant.status).toBe(400);
    expectValid(oauthErrorSchema, await wrongGrant.json());
  });
});

describe('cvad/manage against cvad-sessions-jobs-me-subset-2023.json', () => {
  it('GET /me is a MeResponseModel', async () => {
    const response = await get('/cvad/manage/me', { headers: headers() });
    expect(response.status).toBe(200);
    expectValid(specSchema('cvad', 'MeResponseModel'), await response.json());
  });

  it('GET /Sites is a SiteResponseModelCollection', async () => {
    const response = await get('/cvad/manage/Sites', { headers: headers() });
    expectValid(specSchema('cvad', 'SiteResponseModelCollection'), await response.json());
  });

  it('GET /Sites/{nameOrId} is a SiteDetailResponseModel', async () => {
    const response = await get('/cvad/manage/Sites/cloudxdsite', { headers: headers() });
    expect(response.status).toBe(200);
    expectValid(specSchema('cvad', 'SiteDetailResponseModel'), await response.json());
  });

  it.each([
    [401, () => ({})],
    [401, () => ({ Authorization: 'CwsAuth bearer=unknown-token' })],
    [400, () => ({ Authorization: `CwsAuth bearer=${token}` })],
    [403, () => ({ ...headers(), 'Citrix-CustomerId': 'another' })],
  ])('a %i error on /me is an ErrorData', async (status, makeHeaders) => {
    const response = await get('/cvad/manage/me', { headers: makeHeaders() });
    expect(response.status).toBe(status);
    expectValid(specSchema('cvad', 'ErrorData'), await response.json());
  });

  it('a 404 for an unknown site is an ErrorData', async () => {
    const response = await get('/cvad/manage/Sites/nope', { headers: headers() });
    expect(response.status).toBe(404);
    expectValid(specSchema('cvad', 'ErrorData'), await response.json());
  });
});

describe('catalog service against catalogservice-subset.json', () => {
  it('GET /{customerId}/sites is a SitesOverview', async () => {
    const response = await get(`/catalogservice/${sim.credentials.citrix.customerId}/sites`, {
      headers: { Authorization: `CwsAuth bearer=${token}` },
    });
    expect(response.status).toBe(200);
    expectValid(specSchema('catalogService', 'SitesOverview'), await response.json());
  });

  it.each([
    [401, '/catalogservice/{c}/sites', false],
    [403, '/catalogservice/othercustomer/sites', true],
    [404, '/catalogservice/{c}/nothing-here', true],
  ])('a %i error body carries `message`', async (status, template, authenticated) => {
    const path = template.replace('{c}', sim.credentials.citrix.customerId);
    const response = await get(path, {
      headers: authenticated ? { Authorization: `CwsAuth bearer=${token}` } : {},
    });
    expect(response.status).toBe(status);
    expectValid(catalogServiceErrorSchema, await response.json());
  });
});

describe('injected faults keep the error contracts', () => {
  it.each([
    ['fault5xxRate', [500, 503]],
    ['faultRateLimitRate', [429]],
  ] as const)('%s=1 answers with ErrorData / catalog-service bodies', async (knob, statuses) => {
    const faulty = await startSimulator({ config: { sessions: 10, [knob]: 1 } });
    try {
      const { customerId } = faulty.credentials.citrix;
      const faultyToken = await mintCitrixToken(faulty);
      const auth = { Authorization: `CwsAuth bearer=${faultyToken}` };
      for (let i = 0; i < 6; i++) {
        const cvad = await fetch(`${faulty.url}/cvad/manage/me`, {
          headers: { ...auth, 'Citrix-CustomerId': customerId },
        });
        expect(statuses).toContain(cvad.status);
        expectValid(specSchema('cvad', 'ErrorData'), await cvad.json());
        const catalog = await fetch(`${faulty.url}/catalogservice/${customerId}/sites`, {
          headers: auth,
        });
        expect(statuses).toContain(catalog.status);
        expectValid(catalogServiceErrorSchema, await catalog.json());
      }
    } finally {
      await faulty.close();
    }
  });
});
