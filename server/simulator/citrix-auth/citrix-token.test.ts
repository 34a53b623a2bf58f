import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../test-support.ts';

describe('POST /cctrustoauth2/{customer}/tokens/clients', () => {
  const sim = createTestSimulator({ citrixTokenTtlSeconds: 1234 });
  const grant = {
    grant_type: 'client_credentials',
    client_id: sim.citrix.clientId,
    client_secret: sim.citrix.clientSecret,
  };

  it.each(['root', 'ROOT', sim.citrix.customerId])(
    'issues a bearer token via /%s with expires_in as a string',
    async (customer) => {
      const before = sim.ctx.stats.tokensIssued.citrix;
      const response = await sim.requestCitrixToken(grant, customer);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ token_type: 'bearer', expires_in: '1234' });
      expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(sim.ctx.stats.tokensIssued.citrix).toBe(before + 1);
    },
  );

  it('issues a different token on every call', async () => {
    const first = await sim.citrixToken();
    expect(await sim.citrixToken()).not.toBe(first);
  });

  it('accepts the client credentials in a Basic Authorization header (RFC 6749 §2.3.1)', async () => {
    const basic = Buffer.from(`${sim.citrix.clientId}:${sim.citrix.clientSecret}`).toString(
      'base64',
    );
    const response = await sim.app.request('/cctrustoauth2/root/tokens/clients', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${basic}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(200);
  });

  it.each([
    ['a missing grant_type', { client_id: 'a', client_secret: 'b' }],
    ['a missing client_secret', { grant_type: 'client_credentials', client_id: 'a' }],
  ])('answers 400 invalid_request for %s', async (_case, form) => {
    const response = await sim.requestCitrixToken(form);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers 400 invalid_request for a JSON body', async () => {
    const response = await sim.app.request('/cctrustoauth2/root/tokens/clients', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(grant),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers 400 unsupported_grant_type for another grant', async () => {
    const response = await sim.requestCitrixToken({ ...grant, grant_type: 'password' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it.each([
    ['a wrong secret', { ...grant, client_secret: 'nope' }, 'root'],
    ['an unknown client', { ...grant, client_id: '00000000-0000-4000-8000-000000000000' }, 'root'],
    ["another customer's path", grant, 'someothercust'],
  ])('answers 401 invalid_client for %s and mints nothing', async (_case, form, customer) => {
    const before = sim.ctx.stats.tokensIssued.citrix;
    const response = await sim.requestCitrixToken(form, customer);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: 'invalid_client',
      error_description: 'Client authentication failed',
    });
    expect(sim.ctx.stats.tokensIssued.citrix).toBe(before);
  });

  it('carries a Citrix-TransactionId, echoing the caller’s', async () => {
    const response = await sim.app.request('/cctrustoauth2/root/tokens/clients', {
      method: 'POST',
      headers: { 'Citrix-TransactionId': 'trace-123' },
    });
    expect(response.headers.get('Citrix-TransactionId')).toBe('trace-123');
  });
});
