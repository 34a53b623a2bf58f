import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requireCustomerHeader, requireCwsAuth, requireSite } from '../citrix-auth/cws-auth.ts';
import type { SimulatorEnv } from '../context.ts';
import { cvadManageError } from './errors.ts';
import { createTestSimulator } from '../test-support.ts';

describe('cvad/manage authentication', () => {
  const sim = createTestSimulator({ citrixTokenTtlSeconds: 60 });
  const me = (headers: Record<string, string>) => sim.app.request('/cvad/manage/me', { headers });

  it.each(['CwsAuth bearer=', 'CWSAuth Bearer=', 'cwsauth BEARER=', 'CwsAuth  bearer = '])(
    'accepts "%s<token>"',
    async (prefix) => {
      const token = await sim.citrixToken();
      const response = await me({ ...sim.cvadHeaders(token), Authorization: `${prefix}${token}` });
      expect(response.status).toBe(200);
    },
  );

  it.each([
    ['missing', {}],
    ['invalid', { Authorization: 'CwsAuth bearer=not-a-token' }],
    ['invalid', { Authorization: 'Bearer abc' }],
  ])('answers 401 with reason %s', async (reason, auth) => {
    const response = await me({ 'Citrix-CustomerId': sim.citrix.customerId, ...auth });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      type: 'https://errors-api.cloud.com/common/authentication',
      parameters: [{ name: 'reason', value: reason }],
      SdkErrorId: 'Unauthorized',
    });
  });

  it('answers 401 expired once the token outlives its TTL', async () => {
    const token = await sim.citrixToken();
    sim.clock.advance(59_999);
    expect((await me(sim.cvadHeaders(token))).status).toBe(200);
    sim.clock.advance(1);
    const response = await me(sim.cvadHeaders(token));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      parameters: [{ name: 'reason', value: 'expired' }],
    });
  });

  it('answers 400 when Citrix-CustomerId is missing, and 403 for another customer', async () => {
    const token = await sim.citrixToken();
    const missing = await me({ Authorization: `CwsAuth bearer=${token}` });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      type: 'https://errors-api.cloud.com/common/missing',
      parameters: [{ name: 'header', value: 'Citrix-CustomerId' }],
    });
    const other = await me({ ...sim.cvadHeaders(token), 'Citrix-CustomerId': 'someoneelse' });
    expect(other.status).toBe(403);
  });
});

describe('cvad/manage resources', () => {
  const sim = createTestSimulator();
  const { customer } = sim.ctx.dataset;

  it('GET /me describes the admin, the customer and its one site, expiring with the token', async () => {
    const token = await sim.citrixToken();
    const response = await sim.app.request('/cvad/manage/me', { headers: sim.cvadHeaders(token) });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.Customers).toEqual([
      {
        Id: customer.id,
        Name: customer.name,
        Sites: [{ Id: customer.site.id, Name: 'cloudxdsite' }],
      },
    ]);
    expect(body.ExpiryTime).toBe(
      new Date(sim.clock.now() + 3_600_000).toISOString().replace('.000Z', 'Z'),
    );
  });

  it('GET /Sites lists the site, and /Sites/{nameOrId} finds it by either', async () => {
    const headers = sim.cvadHeaders(await sim.citrixToken());
    const list = await sim.app.request('/cvad/manage/Sites', { headers });
    expect(await list.json()).toEqual({
      Items: [{ Id: customer.site.id, Name: customer.site.name }],
    });
    for (const key of [customer.site.id, customer.site.name]) {
      const detail = await sim.app.request(`/cvad/manage/Sites/${key}`, { headers });
      expect(await detail.json()).toMatchObject({ Id: customer.site.id });
    }
    expect((await sim.app.request('/cvad/manage/Sites/nowhere', { headers })).status).toBe(404);
  });

  it('echoes Citrix-TransactionId, or generates a GUID, on successes and errors', async () => {
    const headers = {
      ...sim.cvadHeaders(await sim.citrixToken()),
      'Citrix-TransactionId': 'abc-1',
    };
    const echoed = await sim.app.request('/cvad/manage/me', { headers });
    expect(echoed.headers.get('Citrix-TransactionId')).toBe('abc-1');
    const generated = await sim.app.request('/cvad/manage/me');
    expect(generated.status).toBe(401);
    expect(generated.headers.get('Citrix-TransactionId')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
  });

  it('answers unknown paths with a 404 in the cvad error shape', async () => {
    const headers = sim.cvadHeaders(await sim.citrixToken());
    const response = await sim.app.request('/cvad/manage/NoSuchThing', { headers });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ SdkErrorId: 'NotFound' });
  });
});

describe('requireSite (for site-scoped routes)', () => {
  const sim = createTestSimulator();
  const app = new Hono<SimulatorEnv>();
  app.use('*', requireCwsAuth(sim.ctx, cvadManageError), requireCustomerHeader(cvadManageError));
  app.use('*', requireSite(sim.ctx, cvadManageError));
  app.get('/Sessions', (c) => c.json({ Items: [] }));
  const siteId = sim.ctx.dataset.customer.site.id;

  it('needs Citrix-InstanceId naming the customer’s site', async () => {
    const headers = sim.cvadHeaders(await sim.citrixToken());
    const missing = await app.request('/Sessions', { headers });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      parameters: [{ name: 'header', value: 'Citrix-InstanceId' }],
    });
    const wrong = await app.request('/Sessions', {
      headers: { ...headers, 'Citrix-InstanceId': 'other' },
    });
    expect(wrong.status).toBe(404);
    const right = await app.request('/Sessions', {
      headers: { ...headers, 'Citrix-InstanceId': siteId },
    });
    expect(right.status).toBe(200);
  });
});
