import { afterAll, describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../contracts/console-api.ts';
import { startSimulator, type SimulatorConfig, type SimulatorHandle } from '../simulator/index.ts';
import type { ProxySettings } from './config.ts';
import { describeBackend } from './startup-summary.ts';

const settings = (mode: ProxySettings['mode']): ProxySettings => ({
  mode,
  citrix: null,
  rackspace: null,
  upstreamTimeoutMs: 30_000,
  maxRequestBodyBytes: 1_048_576,
  logRequests: false,
});

const connected: ConnectionStatus = {
  mode: 'simulator',
  citrix: {
    state: 'connected',
    region: 'us',
    customerId: 'acme12345678',
    customerName: 'Acme',
    siteId: 'site-1',
    siteName: 'Main site',
  },
  rackspace: { state: 'connected', region: 'DFW', regions: ['DFW'], tenantId: '916724' },
  checkedAt: '2026-11-24T12:00:00Z',
};

const started: SimulatorHandle[] = [];
const simulatorWith = async (config: Partial<SimulatorConfig>) => {
  const simulator = await startSimulator({ config: { sessions: 10, ...config } });
  started.push(simulator);
  return simulator;
};
afterAll(() => Promise.all(started.map((simulator) => simulator.close())));

const linesFor = (simulator: SimulatorHandle | string) =>
  describeBackend(
    settings('simulator'),
    connected,
    typeof simulator === 'string'
      ? { url: simulator, setup: null }
      : { url: simulator.url, setup: simulator.setup ?? null },
  ).split('\n');

describe('the start-up lines in simulator mode', () => {
  it('say which mode, and to open the console’s own address, not the simulator’s port', async () => {
    const simulator = await simulatorWith({});
    const lines = linesFor(simulator);
    expect(lines[0]).toBe(
      'Console proxy: simulator mode — customer acme12345678, site Main site; Rackspace tenant 916724 in DFW',
    );
    expect(lines.join('\n')).toMatch(/Open the console at its own address/);
    // The simulator's address is named only as what it is: the proxy's upstream.
    const simulatorLines = lines.filter((line) => line.includes(simulator.url));
    expect(simulatorLines).toHaveLength(1);
    expect(simulatorLines[0]).toMatch(/API simulator .*not a page to open/);
    expect(simulatorLines[0]).toContain(`(${simulator.url})`);
  });

  it('name each fault knob that is on, with its SIM_* variable and what it does', async () => {
    const simulator = await simulatorWith({
      latencyMs: 800,
      fault5xxRate: 0.1,
      faultRateLimitRate: 0.05,
      retryAfterSeconds: 7,
      hostileData: 1,
      citrixTokenTtlSeconds: 60,
    });
    const faults = linesFor(simulator).find((line) => line.includes('Simulator faults'));
    expect(faults).toBe(
      '  Simulator faults on: SIM_LATENCY_MS=800 (every answer 800 ms late); ' +
        'SIM_FAULT_5XX_RATE=0.1 (10% of API requests answer 500 or 503); ' +
        'SIM_FAULT_RATE_LIMIT_RATE=0.05 (5% answer 429, or 413 overLimit from Rackspace, Retry-After 7 s); ' +
        'SIM_HOSTILE_DATA=1 (names and free text carry script payloads, long and odd text)',
    );
    const data = linesFor(simulator).find((line) => line.includes('Simulator data'));
    expect(data).toBe(
      '  Simulator data: seed 42, 10 sessions, 60 Citrix images, 24 catalogs, 200 Rackspace images; ' +
        'changed: SIM_CITRIX_TOKEN_TTL_SECONDS=60 (default 3600), SIM_RETRY_AFTER_SECONDS=7 (default 2)',
    );
  });

  it('say so when no fault knob is on', async () => {
    const simulator = await simulatorWith({});
    expect(linesFor(simulator)).toContain(
      '  Simulator faults: none on (SIM_LATENCY_MS, SIM_FAULT_5XX_RATE, SIM_FAULT_RATE_LIMIT_RATE, ' +
        'SIM_FAULT_RESET_RATE, SIM_FAULT_MALFORMED_RATE and SIM_HOSTILE_DATA are off)',
    );
  });

  it('for a simulator another process runs (SIM_URL), say its knobs are set there', () => {
    const lines = linesFor('http://127.0.0.1:4010');
    expect(lines.join('\n')).toMatch(
      /API simulator in another process \(http:\/\/127\.0\.0\.1:4010, SIM_URL\)/,
    );
    expect(lines.join('\n')).toMatch(/faults and data: as set where that simulator runs/);
  });
});

describe('the start-up line in cloud mode', () => {
  it('is unchanged: the mode and what each provider points at', () => {
    expect(describeBackend(settings('cloud'), null, null)).toBe(
      'Console proxy: cloud mode — Citrix not configured, Rackspace not configured',
    );
  });
});
