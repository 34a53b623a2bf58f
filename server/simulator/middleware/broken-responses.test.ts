import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../index.ts';
import { createTestSimulator } from '../test-support.ts';

describe('SIM_FAULT_MALFORMED_RATE', () => {
  it('answers reads 200 with a JSON body that stops halfway', async () => {
    const sim = createTestSimulator({ faultMalformedRate: 1 });
    const response = await sim.app.request('/cvad/manage/me', {
      headers: sim.cvadHeaders(await sim.citrixToken()),
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(response.headers.get('Content-Length')).toBe(
      String(new TextEncoder().encode(text).length),
    );
    expect(text).toMatch(/^\{"UserId":/);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('spares POSTs, whose answer must not be lost once they have happened', async () => {
    const sim = createTestSimulator({ faultMalformedRate: 1, faultResetRate: 0 });
    const response = await sim.app.request('/cvad/manage/Sessions/$search?limit=1', {
      method: 'POST',
      headers: {
        ...sim.cvadHeaders(await sim.citrixToken()),
        'Citrix-InstanceId': sim.ctx.dataset.customer.site.id,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ SearchFilters: [] }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('Items');
  });
});

describe('SIM_FAULT_RESET_RATE', () => {
  it('cuts the body of a read halfway, in memory', async () => {
    const sim = createTestSimulator({ faultResetRate: 1 });
    const response = await sim.app.request('/cvad/manage/me', {
      headers: sim.cvadHeaders(await sim.citrixToken()),
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow('simulated connection reset');
  });

  let running: SimulatorHandle | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('destroys the socket after half the announced body, over HTTP', async () => {
    running = await startSimulator({
      config: { sessions: 10, rackspaceImages: 5, faultResetRate: 1 },
    });
    const { citrix } = running.credentials;
    const minted = await fetch(`${running.url}/cctrustoauth2/root/tokens/clients`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: citrix.clientId,
        client_secret: citrix.clientSecret,
      }),
    });
    const { access_token: token } = (await minted.json()) as { access_token: string };
    const response = await fetch(`${running.url}/cvad/manage/me`, {
      headers: { Authorization: `CwsAuth bearer=${token}`, 'Citrix-CustomerId': citrix.customerId },
    });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('Content-Length'))).toBeGreaterThan(100);
    // undici words a cut body "terminated"; browsers say "network error" / "Failed to fetch".
    await expect(response.text()).rejects.toThrow(/terminated/);
  });
});
