/**
 * The compute API's version documents, as Nova serves them without a token: `GET /` lists the
 * versions, `GET /v2/` describes v2 (openstack/nova doc/api_samples/versions). Rackspace Cloud
 * Servers has one version, v2.0, without microversions (`version` and `min_version` empty).
 *
 * The catalog's compute URL is `…/rackspace/{region}/v2/{tenant}`, and its `versionList` and
 * `versionInfo` are `…/rackspace/{region}/` and `…/rackspace/{region}/v2`: clients such as
 * keystoneauth1 strip the tenant, then the version, from the catalog URL and look there.
 */

/** Where a region's compute API is served: the simulator's origin and the region's path. */
export interface ComputeRoot {
  origin: string;
  region: string;
}

/** Nova's date for v2.0, which Rackspace's v2 API is. */
const v2Updated = '2011-01-21T11:33:21Z';

const selfLink = ({ origin, region }: ComputeRoot) => ({
  rel: 'self',
  href: `${origin}/rackspace/${region}/v2/`,
});

/** `GET /`: `{"versions": [...]}`, each with its self link only. */
export function computeVersionList(root: ComputeRoot) {
  return {
    versions: [
      {
        id: 'v2.0',
        status: 'CURRENT',
        version: '',
        min_version: '',
        updated: v2Updated,
        links: [selfLink(root)],
      },
    ],
  };
}

/** `GET /v2/`: `{"version": {...}}`, with the documentation and the media type it speaks. */
export function computeVersionDocument(root: ComputeRoot) {
  return {
    version: {
      id: 'v2.0',
      status: 'CURRENT',
      version: '',
      min_version: '',
      updated: v2Updated,
      links: [
        selfLink(root),
        {
          rel: 'describedby',
          type: 'text/html',
          href: 'https://docs.rackspace.com/docs/cloud-servers/v2/',
        },
      ],
      'media-types': [
        { base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2' },
      ],
    },
  };
}
