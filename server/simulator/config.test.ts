import { describe, expect, it } from 'vitest';
import { readSimulatorConfig, validateSimulatorConfig } from './config.ts';

describe('readSimulatorConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readSimulatorConfig({})).toEqual({
      seed: 42,
      sessions: 5000,
      citrixImages: 60,
      catalogs: 24,
      rackspaceImages: 200,
      citrixTokenTtlSeconds: 3600,
      rackspaceTokenTtlSeconds: 86_400,
      latencyMs: 0,
      fault5xxRate: 0,
      faultRateLimitRate: 0,
      retryAfterSeconds: 2,
      imageBuildSeconds: 180,
      rolloutSeconds: 180,
      continuationTokenTtlSeconds: 900,
      faultResetRate: 0,
      faultMalformedRate: 0,
      hostileData: 0,
      clockRate: 1,
      rackspaceFailingRegions: [],
    });
  });

  it('reads SIM_RACKSPACE_FAILING_REGIONS as lower-case region codes, refusing anything else', () => {
    expect(
      readSimulatorConfig({ SIM_RACKSPACE_FAILING_REGIONS: 'ord, SYD' }).rackspaceFailingRegions,
    ).toEqual(['ord', 'syd']);
    expect(() => readSimulatorConfig({ SIM_RACKSPACE_FAILING_REGIONS: 'chicago' })).toThrow(
      /SIM_RACKSPACE_FAILING_REGIONS must list region codes/,
    );
  });

  it('reads every SIM_* variable, treating empty values as unset', () => {
    const config = readSimulatorConfig({
      SIM_SEED: '7',
      SIM_SESSIONS: '100000',
      SIM_CITRIX_IMAGES: '3',
      SIM_CATALOGS: '2',
      SIM_RACKSPACE_IMAGES: '0',
      SIM_CITRIX_TOKEN_TTL_SECONDS: '1',
      SIM_RACKSPACE_TOKEN_TTL_SECONDS: '2',
      SIM_LATENCY_MS: '250',
      SIM_FAULT_5XX_RATE: '0.25',
      SIM_FAULT_RATE_LIMIT_RATE: '1',
      SIM_RETRY_AFTER_SECONDS: '',
    });
    expect(config).toMatchObject({
      seed: 7,
      sessions: 100_000,
      citrixTokenTtlSeconds: 1,
      latencyMs: 250,
    });
    expect(config).toMatchObject({
      fault5xxRate: 0.25,
      faultRateLimitRate: 1,
      retryAfterSeconds: 2,
    });
  });

  it.each([
    ['SIM_SESSIONS', 'abc', /SIM_SESSIONS must be an integer from 0 to 1000000 \(got "abc"\)/],
    ['SIM_FAULT_5XX_RATE', '1.5', /SIM_FAULT_5XX_RATE must be a number from 0 to 1 \(got "1.5"\)/],
    ['SIM_FAULT_RATE_LIMIT_RATE', '-0.1', /SIM_FAULT_RATE_LIMIT_RATE must be a number from 0 to 1/],
    ['SIM_CATALOGS', '0', /SIM_CATALOGS must be an integer from 1 to 10000/],
    ['SIM_CITRIX_TOKEN_TTL_SECONDS', '2.5', /SIM_CITRIX_TOKEN_TTL_SECONDS must be an integer/],
    ['SIM_LATENCY_MS', '10ms', /SIM_LATENCY_MS must be an integer from 0 to 60000/],
  ])('rejects %s=%s with a message naming the variable and its range', (name, value, message) => {
    expect(() => readSimulatorConfig({ [name]: value })).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    expect(() => readSimulatorConfig({ SIM_SEED: 'x', SIM_SESSIONS: 'y' })).toThrow(
      /SIM_SEED.*; SIM_SESSIONS/,
    );
  });
});

describe('validateSimulatorConfig', () => {
  it('names the property and its variable when a programmatic value is out of range', () => {
    const config = { ...readSimulatorConfig({}), fault5xxRate: 2 };
    expect(() => validateSimulatorConfig(config)).toThrow(
      /config\.fault5xxRate \(SIM_FAULT_5XX_RATE\) must be a number from 0 to 1 \(got 2\)/,
    );
  });
});
