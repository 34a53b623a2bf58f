/**
 * `GET /limits` body: Repose's default rate limits and Nova's absolute limits (reference/rackspace-notes.md
 * §3, RS-limits; shape from the docs' `get-retrieve-list-of-rate-and-absolute-limits-limits.rst`).
 */
type Verb = 'GET' | 'POST';

/** One Repose rate limit: requests of each verb allowed per `unit` on paths matching `regex`. */
function rateLimit(
  uri: string,
  regex: string,
  perVerb: Partial<Record<Verb, number>>,
  unit: 'MINUTE' | 'DAY',
) {
  const limit = Object.entries(perVerb).map(([verb, value]) => ({ verb, value, unit }));
  return { uri, regex, limit };
}

/** A path below the version and tenant, as Repose's regexes match it. */
const underTenant = (path: string) => `/v[^/]+/[^/]+${path}/?$`;

const rateLimits = [
  rateLimit('*', '.*', { GET: 1000, POST: 100 }, 'MINUTE'),
  rateLimit('/servers', underTenant('/servers'), { POST: 1000 }, 'DAY'),
  rateLimit(
    '/servers/{id}/os-virtual-interfacesv2',
    underTenant('/servers/[^/]+/os-virtual-interfacesv2'),
    { GET: 25, POST: 4 },
    'MINUTE',
  ),
  rateLimit('/os-networksv2', underTenant('/os-networksv2'), { POST: 100 }, 'DAY'),
];

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
