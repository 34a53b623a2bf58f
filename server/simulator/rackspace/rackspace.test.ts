import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../test-support.ts';

describe('POST /v2.0/tokens', () => {
  const sim = createTestSimulator({ rackspaceTokenTtlSeconds: 86_400 });
  const { username, apiKey, password, tenantId } = sim.rackspace;
  const apiKeyAuth = { auth: { 'RAX-KSKEY:apiKeyCredentials': { username, apiKey } } };
  const passwordAuth = { auth: { passwordCredentials: { username, password } } };

  it.each([
    ['an API key', apiKeyAuth, 'APIKEY'],
    ['a password', passwordAuth, 'PASSWORD'],
  ])('authenticates with %s', async (_case, body, method) => {
    const response = await sim.requestRackspaceToken(body);
    expect(response.status).toBe(200);
    const { access } = (await response.json()) as {
      access: Record<string, Record<string, unknown>>;
    };
    expect(access.token).toMatchObject({
      tenant: { id: tenantId, name: tenantId },
      'RAX-AUTH:authenticatedBy': [method],
      expires: new Date(sim.clock.now() + 86_400_000).toISOString(),
    });
    expect(access.user).toMatchObject({ name: username, 'RAX-AUTH:defaultRegion': 'DFW' });
  });

  it('lists a compute endpoint per region pointing back at the simulator', async () => {
    const response = await sim.requestRackspaceToken(apiKeyAuth);
    const { access } = (await response.json()) as {
      access: {
        serviceCatalog: { name: string; endpoints: { region: string; publicURL: string }[] }[];
      };
    };
    const compute = access.serviceCatalog.find(
      (service) => service.name === 'cloudServersOpenStack',
    );
    expect(compute?.endpoints.map((e) => e.region)).toEqual([
      'DFW',
      'ORD',
      'IAD',
      'LON',
      'SYD',
      'HKG',
    ]);
    expect(compute?.endpoints[1]?.publicURL).toBe(`http://localhost/rackspace/ord/v2/${tenantId}`);
    expect(access.serviceCatalog.map((service) => service.name)).toContain('cloudImages');
  });

  it('returns the same token until an hour before it expires, then mints a new one', async () => {
    const fresh = createTestSimulator({ rackspaceTokenTtlSeconds: 86_400 });
    const first = await fresh.rackspaceToken();
    fresh.clock.advance(23 * 3_600_000 - 1);
    expect(await fresh.rackspaceToken()).toBe(first);
    expect(fresh.ctx.stats.tokensIssued.rackspace).toBe(1);
    fresh.clock.advance(1);
    expect(await fresh.rackspaceToken()).not.toBe(first);
    expect(fresh.ctx.stats.tokensIssued.rackspace).toBe(2);
  });

  it.each([
    ['not JSON', 'nonsense'],
    ['no credentials', { auth: {} }],
    ['both credential types', { auth: { ...apiKeyAuth.auth, ...passwordAuth.auth } }],
    [
      'both tenantId and tenantName',
      { auth: { ...apiKeyAuth.auth, tenantId, tenantName: tenantId } },
    ],
  ])('answers 400 badRequest for %s', async (_case, body) => {
    const response = await sim.requestRackspaceToken(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      badRequest: {
        code: 400,
        message:
          'Invalid request body: unable to parse Auth data. Please review XML or JSON formatting',
      },
    });
  });

  it.each([
    ['a wrong API key', { auth: { 'RAX-KSKEY:apiKeyCredentials': { username, apiKey: 'x' } } }],
    ['a wrong password', { auth: { passwordCredentials: { username, password: 'x' } } }],
    ['an unknown user', { auth: { passwordCredentials: { username: 'eve', password } } }],
    ['another tenant', { auth: { ...apiKeyAuth.auth, tenantId: '1' } }],
  ])('answers 401 unauthorized for %s', async (_case, body) => {
    const response = await sim.requestRackspaceToken(body);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      unauthorized: {
        code: 401,
        message: 'Unable to authenticate user with credentials provided.',
      },
    });
  });
});

describe('GET /rackspace/{region}/v2/{tenant}/limits', () => {
  const sim = createTestSimulator({ rackspaceTokenTtlSeconds: 30 });
  const limits = (token: string | undefined, region = 'dfw', tenant = sim.rackspace.tenantId) =>
    sim.app.request(`/rackspace/${region}/v2/${tenant}/limits`, {
      headers: token ? { 'X-Auth-Token': token } : {},
    });
  const noToken = {
    unauthorized: {
      code: 401,
      message: "No valid token provided. Please use the 'X-Auth-Token' header with a valid token.",
    },
  };

  it('returns rate and absolute limits, including maxImageMeta 40, in every region', async () => {
    const token = await sim.rackspaceToken();
    for (const region of ['dfw', 'ord', 'iad', 'lon', 'syd', 'hkg']) {
      const response = await limits(token, region);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        limits: { absolute: Record<string, number>; rate: unknown[] };
      };
      expect(body.limits.absolute.maxImageMeta).toBe(40);
      expect(body.limits.rate.length).toBeGreaterThan(0);
    }
  });

  it('answers 401 for a missing, unknown or expired token', async () => {
    expect((await limits(undefined)).status).toBe(401);
    const unknown = await limits('bogus');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(noToken);
    const token = await sim.rackspaceToken();
    sim.clock.advance(30_000);
    const expired = await limits(token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual(noToken);
  });

  it("answers 403 forbidden for another tenant's path and 404 itemNotFound for an unknown region", async () => {
    const token = await sim.rackspaceToken();
    const forbidden = await limits(token, 'dfw', '123');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ forbidden: { code: 403 } });
    const unknownRegion = await limits(token, 'mars');
    expect(unknownRegion.status).toBe(404);
    expect(await unknownRegion.json()).toMatchObject({ itemNotFound: { code: 404 } });
  });
});
