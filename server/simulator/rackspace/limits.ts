/**
 * `GET /limits` body: Repose's default rate limits and Nova's absolute limits (reference/rackspace-notes.md
 * §3, RS-limits; shape from the docs' `get-retrieve-list-of-rate-and-absolute-limits-limits.rst`).
 */
const rateLimits = [
  {
    uri: '*',
    regex: '.*',
    limit: [
      { verb: 'GET', value: 1000, unit: 'MINUTE' },
      { verb: 'POST', value: 100, unit: 'MINUTE' },
    ],
  },
  {
    uri: '/servers',
    regex: '/v[^/]+/[^/]+/servers/?$',
    limit: [{ verb: 'POST', value: 1000, unit: 'DAY' }],
  },
  {
    uri: '/servers/{id}/os-virtual-interfacesv2',
    regex: '/v[^/]+/[^/]+/servers/[^/]+/os-virtual-interfacesv2/?$',
    limit: [
      { verb: 'GET', value: 25, unit: 'MINUTE' },
      { verb: 'POST', value: 4, unit: 'MINUTE' },
    ],
  },
  {
    uri: '/os-networksv2',
    regex: '/v[^/]+/[^/]+/os-networksv2/?$',
    limit: [{ verb: 'POST', value: 100, unit: 'DAY' }],
  },
] as const;

export function rackspaceLimits(now: number) {
  const nextAvailable = new Date(now).toISOString();
  return {
    limits: {
      rate: rateLimits.map(({ uri, regex, limit }) => ({
        uri,
        regex,
        limit: limit.map((rate) => ({
          ...rate,
          remaining: rate.value,
          'next-available': nextAvailable,
        })),
      })),
      absolute: {
        maxServerMeta: 40,
        maxImageMeta: 40,
        maxPersonality: 5,
        maxPersonalitySize: 1000,
        maxTotalInstances: 100,
        maxTotalCores: -1,
        maxTotalRAMSize: 131_072,
        maxTotalPrivateNetworks: 10,
        totalInstancesUsed: 0,
        totalCoresUsed: 0,
        totalRAMUsed: 0,
        totalPrivateNetworksUsed: 0,
      },
    },
  };
}
