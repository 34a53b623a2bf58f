import { describe, expect, it } from 'vitest';
import { cloudUpstreams } from './upstreams.ts';

// Which host each CITRIX_REGION talks to, and why: README "Pointing it at a real cloud".
describe('cloudUpstreams', () => {
  it.each([
    ['us', 'https://api-us.cloud.com', 'https://api.cloud.com'],
    ['eu', 'https://api-eu.cloud.com', 'https://api.cloud.com'],
    ['ap-s', 'https://api-ap-s.cloud.com', 'https://api.cloud.com'],
    ['jp', 'https://api.citrixcloud.jp', 'https://api.citrixcloud.jp'],
  ] as const)(
    '%s mints tokens on %s and calls cvad/manage and the catalog service on %s',
    (region, tokenHost, apiHost) => {
      const upstreams = cloudUpstreams(region);
      expect(upstreams.citrixTokenUrl('c1')).toBe(`${tokenHost}/cctrustoauth2/c1/tokens/clients`);
      expect(upstreams.citrixApiBase).toBe(apiHost);
    },
  );
});
