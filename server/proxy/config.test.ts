import { describe, expect, it } from 'vitest';
import { ConfigError, readProxySettings } from './config.ts';

const citrix = { CITRIX_CUSTOMER_ID: 'c', CITRIX_CLIENT_ID: 'i', CITRIX_CLIENT_SECRET: 's' };
const rackspace = { RACKSPACE_USERNAME: 'u', RACKSPACE_API_KEY: 'k' };

describe('readProxySettings', () => {
  it('defaults to simulator mode, treating blank values as unset', () => {
    const settings = readProxySettings({ CITRIX_CLIENT_ID: '', RACKSPACE_REGION: ' ' });
    expect(settings).toMatchObject({
      mode: 'simulator',
      citrix: null,
      rackspace: null,
      upstreamTimeoutMs: 30_000,
    });
  });

  it('switches to cloud mode with either provider alone', () => {
    const citrixOnly = readProxySettings({
      ...citrix,
      CITRIX_REGION: 'EU',
      CITRIX_SITE_ID: 'site',
    });
    expect(citrixOnly).toMatchObject({ mode: 'cloud', rackspace: null });
    expect(citrixOnly.citrix).toEqual({
      region: 'eu',
      customerId: 'c',
      clientId: 'i',
      clientSecret: 's',
      siteId: 'site',
    });
    const rackspaceOnly = readProxySettings({ ...rackspace, RACKSPACE_REGION: 'lon' });
    expect(rackspaceOnly).toMatchObject({
      mode: 'cloud',
      citrix: null,
      rackspace: { region: 'LON' },
    });
  });

  it('lets CONSOLE_MODE=simulator win over credentials', () => {
    expect(readProxySettings({ ...citrix, CONSOLE_MODE: 'simulator' })).toMatchObject({
      mode: 'simulator',
      citrix: null,
    });
  });

  it('names exactly the missing credentials of a partly configured provider', () => {
    expect(() => readProxySettings({ CITRIX_CLIENT_ID: 'i', ...rackspace })).toThrow(
      /CITRIX_CUSTOMER_ID, CITRIX_CLIENT_SECRET must be set/,
    );
    expect(() => readProxySettings({ RACKSPACE_API_KEY: 'k' })).toThrow(
      /RACKSPACE_USERNAME must be set/,
    );
  });

  it.each([
    [{ ...citrix, CITRIX_REGION: 'mars' }, /CITRIX_REGION/],
    [{ ...rackspace, RACKSPACE_REGION: 'XYZ' }, /RACKSPACE_REGION/],
    [{ CONSOLE_UPSTREAM_TIMEOUT_MS: '-5' }, /CONSOLE_UPSTREAM_TIMEOUT_MS/],
  ])('rejects bad values with a ConfigError naming the variable', (env, name) => {
    expect(() => readProxySettings(env)).toThrow(ConfigError);
    expect(() => readProxySettings(env)).toThrow(name);
  });
});
