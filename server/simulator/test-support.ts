/** Test helpers: the simulator app in memory, with a clock the test moves instead of sleeping. */
import { createSimulatorApp } from './app.ts';
import { createManualClock } from './clock.ts';
import { readSimulatorConfig, type SimulatorConfig } from './config.ts';
import { createSimulatorContext } from './context.ts';
import { createDataset } from './data/dataset.ts';

/** Small dataset by default: route tests do not need 5,000 sessions. */
export function createTestSimulator(overrides: Partial<SimulatorConfig> = {}) {
  const config = { ...readSimulatorConfig({}), sessions: 50, rackspaceImages: 20, ...overrides };
  const clock = createManualClock();
  const ctx = createSimulatorContext(config, createDataset(config), clock);
  const app = createSimulatorApp(ctx);
  const { citrix, rackspace } = ctx.dataset.credentials;

  const requestCitrixToken = (form: Record<string, string>, customer = 'root') =>
    app.request(`/cctrustoauth2/${customer}/tokens/clients`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });

  const requestRackspaceToken = (auth: unknown) =>
    app.request('/v2.0/tokens', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(auth),
    });

  async function citrixToken(): Promise<string> {
    const response = await requestCitrixToken({
      grant_type: 'client_credentials',
      client_id: citrix.clientId,
      client_secret: citrix.clientSecret,
    });
    const body = (await response.json()) as { access_token: string };
    return body.access_token;
  }

  async function rackspaceToken(): Promise<string> {
    const response = await requestRackspaceToken({
      auth: {
        'RAX-KSKEY:apiKeyCredentials': { username: rackspace.username, apiKey: rackspace.apiKey },
      },
    });
    const body = (await response.json()) as { access: { token: { id: string } } };
    return body.access.token.id;
  }

  /** Headers a well-behaved cvad/manage client sends. */
  const cvadHeaders = (token: string) => ({
    Authorization: `CwsAuth bearer=${token}`,
    'Citrix-CustomerId': citrix.customerId,
  });

  return {
    app,
    ctx,
    clock,
    citrix,
    rackspace,
    requestCitrixToken,
    requestRackspaceToken,
    citrixToken,
    rackspaceToken,
    cvadHeaders,
  };
}
