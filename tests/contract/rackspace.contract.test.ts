/**
 * Rackspace responses served by the simulator, validated against JSON Schemas written from the documented
 * shapes (no official schema exists; see rackspace-schemas.ts for the sources).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import {
  authResponseSchema,
  faultSchema,
  limitsSchema,
  overLimitSchema,
  versionDocumentSchema,
  versionListSchema,
} from './rackspace-schemas.ts';
import { expectInvalid, expectValid } from './specs.ts';

let sim: SimulatorHandle;
const postAuth = (base: string, body: unknown) =>
  fetch(`${base}/v2.0/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const apiKeyAuth = () => {
  const { username, apiKey } = sim.credentials.rackspace;
  return { auth: { 'RAX-KSKEY:apiKeyCredentials': { username, apiKey } } };
};
async function tokenFor(base: string, body: unknown): Promise<string> {
  const response = await postAuth(base, body);
  return ((await response.json()) as { access: { token: { id: string } } }).access.token.id;
}

beforeAll(async () => {
  sim = await startSimulator({ config: { sessions: 10 } });
});
afterAll(() => sim.close());

describe('Rackspace identity (documented shapes)', () => {
  it('the documented schemas reject wrong shapes', () => {
    expectInvalid(faultSchema, { unauthorized: { code: 401 } });
    expectInvalid(faultSchema, { message: 'x' });
    expectInvalid(authResponseSchema, { access: { token: { id: 'x' } } });
  });

  it('API-key and password authentication both answer an access document', async () => {
    const { username, password } = sim.credentials.rackspace;
    for (const body of [apiKeyAuth(), { auth: { passwordCredentials: { username, password } } }]) {
      const response = await postAuth(sim.url, body);
      expect(response.status).toBe(200);
      expectValid(authResponseSchema, await response.json());
    }
  });

  it('400 and 401 answers are fault bodies', async () => {
    const bad = await postAuth(sim.url, { auth: {} });
    expect(bad.status).toBe(400);
    expectValid(faultSchema, await bad.json());
    const wrong = await postAuth(sim.url, {
      auth: { passwordCredentials: { username: 'x', password: 'y' } },
    });
    expect(wrong.status).toBe(401);
    expectValid(faultSchema, await wrong.json());
  });
});

describe('Rackspace compute (documented shapes)', () => {
  it('GET /limits matches the documented limits body, following the catalog publicURL', async () => {
    const response = await postAuth(sim.url, apiKeyAuth());
    const { access } = (await response.json()) as {
      access: {
        token: { id: string };
        serviceCatalog: { name: string; endpoints: { publicURL: string }[] }[];
      };
    };
    const compute = access.serviceCatalog.find(
      (service) => service.name === 'cloudServersOpenStack',
    );
    for (const endpoint of compute?.endpoints ?? []) {
      const limits = await fetch(`${endpoint.publicURL}/limits`, {
        headers: { 'X-Auth-Token': access.token.id },
      });
      expect(limits.status).toBe(200);
      expectValid(limitsSchema, await limits.json());
    }
    expect(compute?.endpoints).toHaveLength(6);
  });

  it('the catalog’s versionList and versionInfo answer Nova’s version documents, without a token, with X-Compute-Request-Id', async () => {
    expectInvalid(versionListSchema, { versions: [{ id: 'v2.0', links: [] }] });
    expectInvalid(versionDocumentSchema, {
      version: { id: 'v2.0', status: 'CURRENT', updated: '2011-01-21T11:33:21Z', links: [] },
    });
    const response = await postAuth(sim.url, apiKeyAuth());
    const { access } = (await response.json()) as {
      access: {
        serviceCatalog: {
          name: string;
          endpoints: { publicURL: string; versionList: string; versionInfo: string }[];
        }[];
      };
    };
    const compute = access.serviceCatalog.find((s) => s.name === 'cloudServersOpenStack')!;
    for (const endpoint of compute.endpoints) {
      const list = await fetch(endpoint.versionList);
      expect(list.status).toBe(200);
      expect(list.headers.get('X-Compute-Request-Id')).toMatch(/^req-[0-9a-f-]{36}$/);
      const versions = (await list.json()) as { versions: { links: { href: string }[] }[] };
      expectValid(versionListSchema, versions);
      // The self link, with the tenant put back, is the catalog's publicURL.
      const self = versions.versions[0]!.links[0]!.href;
      expect(`${self}${endpoint.publicURL.split('/').pop()}`).toBe(endpoint.publicURL);
      const info = await fetch(endpoint.versionInfo);
      expectValid(versionDocumentSchema, await info.json());
    }
  });

  it.each([
    [401, 'dfw', 'tenant', false],
    [403, 'dfw', 'other', true],
    [404, 'xyz', 'tenant', true],
  ])('a %i answer is a fault body', async (status, region, tenantKind, authenticated) => {
    const tenant = tenantKind === 'tenant' ? sim.credentials.rackspace.tenantId : '42';
    const token = authenticated ? await tokenFor(sim.url, apiKeyAuth()) : 'nope';
    const response = await fetch(`${sim.url}/rackspace/${region}/v2/${tenant}/limits`, {
      headers: { 'X-Auth-Token': token },
    });
    expect(response.status).toBe(status);
    expectValid(faultSchema, await response.json());
  });

  it.each([
    ['fault5xxRate', [500, 503]],
    ['faultRateLimitRate', [413]],
  ] as const)('%s=1 answers fault bodies with Retry-After where due', async (knob, statuses) => {
    const faulty = await startSimulator({
      config: { sessions: 10, [knob]: 1, retryAfterSeconds: 4 },
    });
    try {
      const { username, apiKey, tenantId } = faulty.credentials.rackspace;
      const token = await tokenFor(faulty.url, {
        auth: { 'RAX-KSKEY:apiKeyCredentials': { username, apiKey } },
      });
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`${faulty.url}/rackspace/ord/v2/${tenantId}/limits`, {
          headers: { 'X-Auth-Token': token },
        });
        expect(statuses).toContain(response.status);
        const body: unknown = await response.json();
        expectValid(faultSchema, body);
        if (response.status === 413) {
          expectValid(overLimitSchema, body);
          expect(response.headers.get('Retry-After')).toBe('4');
        }
      }
    } finally {
      await faulty.close();
    }
  });
});
