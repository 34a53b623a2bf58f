/**
 * The replay corpus (tests/replay/fixtures) through the proxy's own code: each documented Location
 * becomes a path the browser may follow, the links of Rackspace's and Nova's image bodies point at
 * the proxy (and nothing else in those bodies changes), and the follower reads each
 * `updateStatus` body as the phase it names.
 */
import { describe, expect, it } from 'vitest';
import { citrixRegions } from '../../contracts/console-api.ts';
import { operationProgressSchema } from '../../contracts/identity-api.ts';
import { readRolloutStatus } from '../../server/operations/readings.ts';
import { jsonLinkRewriter } from '../../server/proxy/body-links.ts';
import { knownBases, rewriteLocation } from '../../server/proxy/location.ts';
import { cloudUpstreams } from '../../server/proxy/upstreams.ts';
import { seedExample, seedFiles } from '../contract/specs.ts';
import {
  catalogStatusOverviews,
  regionalLocations,
  seed001UpdateImage,
  seed002UpdateImage,
  seedCatalogId,
  seedSite,
} from './fixtures/catalog-service.ts';
import {
  dfwCompute,
  dfwTenant,
  novaImagesDetailSample,
  rackspaceDfwPage,
} from './fixtures/rackspace-images.ts';
import { seed003SessionsPage } from './fixtures/sessions.ts';

const statusPath = `/api/catalogservice/${seedSite.customerId}/${seedSite.siteId}/catalogs/${seedCatalogId}/updateStatus`;

describe('replay: Location of $updateImage', () => {
  it.each([
    ['seed 001 (api-us)', seed001UpdateImage],
    ['seed 002 (api.cloud.com)', seed002UpdateImage],
  ])('follows %s through the proxy', (_name, { request, response }) => {
    expect(response.status).toBe(202);
    const bases = knownBases(cloudUpstreams('us'));
    expect(rewriteLocation(response.headers.location, request.url, bases)).toBe(statusPath);
  });

  const everyRegion = citrixRegions.flatMap((region) =>
    regionalLocations.map(({ host, location }) => [host, region, location] as const),
  );
  it.each(everyRegion)('follows a Location on %s with the server set to %s', (_h, region, at) => {
    const bases = knownBases(cloudUpstreams(region));
    expect(rewriteLocation(at, seed001UpdateImage.request.url, bases)).toBe(statusPath);
  });
});

type Link = { rel: string; href: string; type?: string };
type LinkedImage = { id: string; links: Link[]; server?: { links: Link[] } | null };

/** Every href of a page: the next link, then each image's links and its server's. */
function hrefs(page: { images: LinkedImage[]; images_links?: Link[] }) {
  return [
    ...(page.images_links ?? []).map((link) => link.href),
    ...page.images.flatMap((image) => [
      ...image.links.map((link) => link.href),
      ...(image.server?.links ?? []).map((link) => link.href),
    ]),
  ];
}

function rewrite(body: unknown, publicURL: string, tenantId: string, requestUrl: string) {
  const bases = knownBases(cloudUpstreams('us'), [{ region: 'DFW', publicURL, tenantId }]);
  const text = jsonLinkRewriter('rackspace.images.read', requestUrl, bases)!(JSON.stringify(body));
  return text === null ? null : (JSON.parse(text) as typeof body);
}

describe('replay: links in Rackspace image bodies', () => {
  it('points every compute link of the DFW page at the proxy and leaves the rest as it was', () => {
    const request = `${dfwCompute}/v2/${dfwTenant}/images/detail?limit=5`;
    const rewritten = rewrite(
      rackspaceDfwPage,
      `${dfwCompute}/v2/${dfwTenant}`,
      dfwTenant,
      request,
    );
    const proxy = `/api/rackspace/dfw/v2/${dfwTenant}`;
    const expected = hrefs(rackspaceDfwPage).map((href) =>
      // Self and bookmark (with or without /v2) are the account's; the alternate on the bare
      // compute host (`{compute}/images/{id}`) is no path the proxy serves, so it stays.
      href.startsWith(`${dfwCompute}/v2/${dfwTenant}/`)
        ? href.replace(`${dfwCompute}/v2/${dfwTenant}`, proxy)
        : href.startsWith(`${dfwCompute}/${dfwTenant}/`)
          ? href.replace(`${dfwCompute}/${dfwTenant}`, proxy)
          : href,
    );
    expect(hrefs(rewritten as typeof rackspaceDfwPage)).toEqual(expected);
    expect(expected.filter((href) => href.startsWith('https://'))).toEqual(
      rackspaceDfwPage.images
        .filter((image) => image.id.startsWith('0a1b2c3d'))
        .map((image) => `${dfwCompute}/images/${image.id}`),
    );
    // Sizes as strings, null sizes and metadata, faults: byte for byte what the cloud sent.
    const withoutLinks = (page: typeof rackspaceDfwPage) =>
      page.images.map(({ links: _links, server: _server, ...rest }) => rest);
    expect(withoutLinks(rewritten as typeof rackspaceDfwPage)).toEqual(
      withoutLinks(rackspaceDfwPage),
    );
  });

  it('rewrites Nova’s sample for the compute endpoint the catalog names, not the image service', () => {
    const [first] = novaImagesDetailSample.images;
    const compute = 'http://openstack.example.com';
    const tenant = first!.links[0]!.href.split('/')[4]!;
    const rewritten = rewrite(
      novaImagesDetailSample,
      `${compute}/v2/${tenant}`,
      tenant,
      `${compute}/v2/${tenant}/images/detail`,
    ) as typeof novaImagesDetailSample;
    for (const image of rewritten.images) {
      expect(image.links.map((link) => link.href)).toEqual([
        `/api/rackspace/dfw/v2/${tenant}/images/${image.id}`,
        `/api/rackspace/dfw/v2/${tenant}/images/${image.id}`,
        `http://glance.openstack.example.com/images/${image.id}`,
      ]);
    }
    expect(rewritten.images[4]!.metadata).toEqual({
      kernel_id: '155d900f-4e14-4e4c-a73d-069cbf4541e6',
      ramdisk_id: null,
    });
    expect(rewritten.images.every((image) => image['OS-EXT-IMG-SIZE:size'] === '74185822')).toBe(
      true,
    );
  });

  it('leaves Nova’s sample untouched for an account on another host', () => {
    const request = `${dfwCompute}/v2/${dfwTenant}/images/detail`;
    expect(
      rewrite(novaImagesDetailSample, `${dfwCompute}/v2/${dfwTenant}`, dfwTenant, request),
    ).toBeNull();
  });
});

describe('replay: updateStatus bodies, as the server’s follower reads them', () => {
  it.each([
    ['processing', 'running', null],
    ['active', 'succeeded', null],
    ['error', 'failed', 'The image update failed: ErrorMasterImageVerificationFailed.'],
  ] as const)('reads the %s CatalogStatusOverview as %s', (name, phase, finalResult) => {
    const reading = readRolloutStatus(catalogStatusOverviews[name], null, new Date());
    expect(reading.state).toBe(phase);
    expect(reading.progress.statusMessage).toBeNull();
    expect(operationProgressSchema.parse(reading.progress).raw).toEqual(
      catalogStatusOverviews[name],
    );
    if (finalResult) expect(reading.finalResult).toBe(finalResult);
  });
});

describe('replay corpus fidelity', () => {
  it('holds seed 003’s sessions page exactly as the seed prints it', () => {
    expect(seed003SessionsPage).toEqual(seedExample(seedFiles.sessions));
  });
});
