import { describe, expect, it } from 'vitest';
import { knownBases, rewriteLocation } from './location.ts';
import { cloudUpstreams } from './upstreams.ts';

const bases = knownBases(cloudUpstreams('us'), [
  { region: 'IAD', publicURL: 'https://iad.compute.example/v2/123', tenantId: '123' },
]);
const request = 'https://api.cloud.com/cvad/manage/Sessions/s1/$logoff?async=true';

describe('rewriteLocation', () => {
  it.each([
    ['https://api.cloud.com/cvad/manage/Jobs/j1', '/api/cvad/manage/Jobs/j1'],
    ['/cvad/manage/Jobs/j1?x=1', '/api/cvad/manage/Jobs/j1?x=1'],
    ['../../Jobs/j1', '/api/cvad/manage/Jobs/j1'],
    ['https://api.cloud.com/catalogservice/c/s/catalogs/k', '/api/catalogservice/c/s/catalogs/k'],
    [
      'https://dfw.servers.api.rackspacecloud.com/v2/123/servers/s',
      '/api/rackspace/dfw/v2/123/servers/s',
    ],
    ['https://iad.compute.example/v2/123/servers/s', '/api/rackspace/iad/v2/123/servers/s'],
  ])('%s -> %s', (location, expected) => {
    expect(rewriteLocation(location, request, bases)).toBe(expected);
  });

  it.each([
    'https://evil.example/cvad/manage/Jobs/j1',
    'http://api.cloud.com/cvad/manage/Jobs/j1',
    'https://api.cloud.com/cvad/managex/Jobs',
    'https://api-us.cloud.com/cctrustoauth2/root/tokens/clients',
    'https://api.cloud.com/cvad/manage/../../cctrustoauth2/x',
    '//evil.example/cvad/manage/Jobs/j1',
    'https://api.cloud.com/cvad/manage',
  ])('drops %s', (location) => {
    expect(rewriteLocation(location, request, bases)).toBeNull();
  });
});
