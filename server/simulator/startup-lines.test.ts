import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { describeStandaloneSimulator } from './startup-lines.ts';

const started: SimulatorHandle[] = [];
afterAll(() => Promise.all(started.map((simulator) => simulator.close())));

describe('`npm run simulator` start-up lines', () => {
  it('say it is an API simulator for the console, not a page to open, and how to point a console at it', async () => {
    const simulator = await startSimulator({ config: { sessions: 10, faultResetRate: 0.25 } });
    started.push(simulator);
    const lines = describeStandaloneSimulator(simulator);
    expect(lines[0]).toBe(
      `DaaS Console API simulator on ${simulator.url}: the simulated Citrix Cloud and Rackspace ` +
        'APIs for the console, not a page to open.',
    );
    expect(lines[1]).toBe(
      `  Point a console at it with SIM_URL=${simulator.url} (e.g. SIM_URL=${simulator.url} npm start), ` +
        'then open the console’s own address.',
    );
    const text = lines.join('\n');
    expect(text).toContain(`Citrix customer ID: ${simulator.credentials.citrix.customerId}`);
    expect(text).toContain('SIM_FAULT_RESET_RATE=0.25 (25% of reads cut off mid-body)');
    expect(text).toContain('Simulator data: seed 42, 10 sessions');
    // Secrets and API keys never reach a log.
    const { citrix, rackspace } = simulator.credentials;
    for (const secret of [citrix.clientSecret, rackspace.apiKey, rackspace.password]) {
      expect(text).not.toContain(secret);
    }
  });

  it('its root answers, to a browser that opens it anyway, that it is an API and not a page', async () => {
    const simulator = await startSimulator({ config: { sessions: 10 } });
    started.push(simulator);
    const response = await fetch(`${simulator.url}/`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      message:
        'This is the DaaS Console’s API simulator: it answers the console’s API calls and has ' +
        'no pages. Open the console’s own address instead (npm start prints it).',
    });
  });
});
