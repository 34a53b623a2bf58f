import { describe, expect, it } from 'vitest';
import { knownBases, rewriteLocation } from './location.ts';
import { cloudUpstreams, simulatorUpstreams } from './upstreams.ts';

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

  it('passes over a service catalog endpoint that is not a URL, and still rewrites by the others', () => {
    const withBroken = knownBases(cloudUpstreams('us'), [
      { region: 'ORD', publicURL: 'not a url', tenantId: '123' },
      { region: 'IAD', publicURL: 'https://iad.compute.example/v2/123', tenantId: '123' },
    ]);
    expect(
      rewriteLocation('https://iad.compute.example/v2/123/images/i', request, withBroken),
    ).toBe('/api/rackspace/iad/v2/123/images/i');
  });
});

describe('Citrix regional hosts', () => {
  // Seed 001: the catalog service answers `$updateImage` on api-us with a Location on api-us.
  const catalogRequest =
    'https://api.cloud.com/catalogservice/c/s/catalogs/k/$updateImage?async=true';
  const hosts = [
    'api.cloud.com',
    'api-us.cloud.com',
    'api-eu.cloud.com',
    'api-ap-s.cloud.com',
    'api.citrixcloud.jp',
  ];

  it.each(hosts)('follows the catalog service and cvad/manage on %s', (host) => {
    expect(
      rewriteLocation(
        `https://${host}/catalogservice/c/s/catalogs/k/updateStatus`,
        catalogRequest,
        bases,
      ),
    ).toBe('/api/catalogservice/c/s/catalogs/k/updateStatus');
    expect(rewriteLocation(`https://${host}/cvad/manage/Jobs/j1?x=1`, request, bases)).toBe(
      '/api/cvad/manage/Jobs/j1?x=1',
    );
  });

  it('does so whichever region the server is set to, Japan included', () => {
    const japan = knownBases(cloudUpstreams('jp'));
    expect(
      rewriteLocation(
        'https://api-eu.cloud.com/catalogservice/c/s/catalogs/k/updateStatus',
        'https://api.citrixcloud.jp/catalogservice/c/s/catalogs/k/$updateImage',
        japan,
      ),
    ).toBe('/api/catalogservice/c/s/catalogs/k/updateStatus');
  });

  it('still follows the host the request went to (the simulator, a fake cloud)', () => {
    const local = knownBases(simulatorUpstreams('http://127.0.0.1:9999'));
    expect(rewriteLocation('http://127.0.0.1:9999/cvad/manage/Jobs/j1', request, local)).toBe(
      '/api/cvad/manage/Jobs/j1',
    );
  });

  it.each([
    'https://api-us.cloud.com.evil.example/catalogservice/c/s/catalogs/k/updateStatus',
    'https://evil-api-us.cloud.com/catalogservice/c/s/catalogs/k/updateStatus',
    'https://api-xx.cloud.com/catalogservice/c/s/catalogs/k/updateStatus',
    'https://cloud.com/catalogservice/c/s/catalogs/k/updateStatus',
    'http://api-us.cloud.com/catalogservice/c/s/catalogs/k/updateStatus',
    'https://api-us.cloud.com:8443/catalogservice/c/s/catalogs/k/updateStatus',
    'https://api-us.cloud.com./catalogservice/c/s/catalogs/k/updateStatus',
    'https://api-us.cloud.com@evil.example/catalogservice/c/s/catalogs/k/updateStatus',
    'https://someone@api-us.cloud.com/catalogservice/c/s/catalogs/k/updateStatus',
    'https://someone:secret@api.cloud.com/cvad/manage/Jobs/j1',
    'https://api-eu.cloud.com/cctrustoauth2/root/tokens/clients',
    'https://api-eu.cloud.com/monitorodata/Machines',
    // A Rackspace host's path is not a Citrix one, whatever it looks like.
    'https://dfw.servers.api.rackspacecloud.com/catalogservice/c/s/catalogs/k/updateStatus',
  ])('drops the look-alike %s', (location) => {
    expect(rewriteLocation(location, catalogRequest, bases)).toBeNull();
  });
});
