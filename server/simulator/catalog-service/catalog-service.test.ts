import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../test-support.ts';

describe('GET /catalogservice/{customerId}/sites', () => {
  const sim = createTestSimulator();
  const path = `/catalogservice/${sim.citrix.customerId}/sites`;
  const { site } = sim.ctx.dataset.customer;

  it('lists the site under items and its alias sites, without needing Citrix-CustomerId', async () => {
    const token = await sim.citrixToken();
    const response = await sim.app.request(path, {
      headers: { Authorization: `CWSAuth Bearer=${token}` },
    });
    expect(response.status).toBe(200);
    const sites = [{ id: site.id, displayName: site.name }];
    expect(await response.json()).toEqual({ items: sites, sites });
  });

  it('answers 401 with a message when the token is missing', async () => {
    const response = await sim.app.request(path);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      message: 'Missing or invalid authentication details',
    });
  });

  it("answers 403 with a message for another customer's path", async () => {
    const token = await sim.citrixToken();
    const response = await sim.app.request('/catalogservice/othercustomer/sites', {
      headers: { Authorization: `CwsAuth bearer=${token}` },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      message: expect.stringContaining('othercustomer'),
    });
  });
});

describe('/catalogservice/{customerId}/{siteId}/…', () => {
  const sim = createTestSimulator();
  const { site } = sim.ctx.dataset.customer;

  it("answers 404 with a message for a site that is not the customer's", async () => {
    const token = await sim.citrixToken();
    const response = await sim.app.request(
      `/catalogservice/${sim.citrix.customerId}/not-a-site/images`,
      { headers: { Authorization: `CwsAuth bearer=${token}` } },
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining('not-a-site') });
  });

  it("passes the customer's own site through to the area routes", async () => {
    const token = await sim.citrixToken();
    const response = await sim.app.request(
      `/catalogservice/${sim.citrix.customerId}/${site.id}/no-such-area`,
      { headers: { Authorization: `CwsAuth bearer=${token}` } },
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      message: expect.stringContaining('no-such-area'),
    });
  });
});
