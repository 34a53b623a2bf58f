import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../test-support.ts';

interface Link {
  rel: string;
  href: string;
  type?: string;
}
interface Version {
  id: string;
  status: string;
  version: string;
  min_version: string;
  updated: string;
  links: Link[];
  'media-types'?: { base: string; type: string }[];
}

const requestIdPattern =
  /^req-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('compute version discovery, from the catalog URL …/rackspace/{region}/v2/{tenant}', () => {
  const sim = createTestSimulator();
  const get = (path: string) => sim.app.request(path);

  it.each(['/rackspace/dfw/', '/rackspace/dfw'])(
    'GET %s (the tenant and version stripped, as keystoneauth1 does) lists v2.0 as CURRENT, no token needed',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const { versions } = (await response.json()) as { versions: Version[] };
      expect(versions).toEqual([
        {
          id: 'v2.0',
          status: 'CURRENT',
          version: '',
          min_version: '',
          updated: '2011-01-21T11:33:21Z',
          links: [{ rel: 'self', href: 'http://localhost/rackspace/dfw/v2/' }],
        },
      ]);
    },
  );

  it.each(['/rackspace/ord/v2/', '/rackspace/ord/v2'])(
    'GET %s is the v2 version document: self and describedby links, media types',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      const { version } = (await response.json()) as { version: Version };
      expect(version).toMatchObject({
        id: 'v2.0',
        status: 'CURRENT',
        version: '',
        min_version: '',
      });
      expect(version.links).toEqual([
        { rel: 'self', href: 'http://localhost/rackspace/ord/v2/' },
        {
          rel: 'describedby',
          type: 'text/html',
          href: 'https://docs.rackspace.com/docs/cloud-servers/v2/',
        },
      ]);
      expect(version['media-types']).toEqual([
        { base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2' },
      ]);
    },
  );

  it('the identity catalog’s versionInfo and versionList are exactly these documents', async () => {
    const auth = await sim.requestRackspaceToken({
      auth: {
        'RAX-KSKEY:apiKeyCredentials': {
          username: sim.rackspace.username,
          apiKey: sim.rackspace.apiKey,
        },
      },
    });
    const { access } = (await auth.json()) as {
      access: {
        serviceCatalog: {
          name: string;
          endpoints: { region: string; versionInfo: string; versionList: string }[];
        }[];
      };
    };
    const compute = access.serviceCatalog.find((s) => s.name === 'cloudServersOpenStack')!;
    for (const endpoint of compute.endpoints) {
      const list = await get(new URL(endpoint.versionList).pathname);
      expect(list.status).toBe(200);
      const info = await get(new URL(endpoint.versionInfo).pathname);
      expect(((await info.json()) as { version: Version }).version.links[0]!.href).toBe(
        `${endpoint.versionInfo}/`,
      );
    }
  });

  it('an unknown region is a 404 itemNotFound, and so is an unknown version', async () => {
    for (const path of ['/rackspace/mars/', '/rackspace/dfw/v3/']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ itemNotFound: { code: 404 } });
    }
  });
});

describe('X-Compute-Request-Id (seed 004)', () => {
  it('is on every compute answer, req-<uuid>, a new one each time: documents, lists, errors and faults', async () => {
    const sim = createTestSimulator();
    const token = await sim.rackspaceToken();
    const tenant = sim.rackspace.tenantId;
    const answers = [
      await sim.app.request('/rackspace/dfw/'),
      await sim.app.request('/rackspace/dfw/v2/'),
      await sim.app.request(`/rackspace/dfw/v2/${tenant}/images/detail?limit=2`, {
        headers: { 'X-Auth-Token': token },
      }),
      await sim.app.request(`/rackspace/dfw/v2/${tenant}/images/detail`), // 401
      await sim.app.request(`/rackspace/dfw/v2/${tenant}/images/nope`, {
        headers: { 'X-Auth-Token': token },
      }), // 404
      await sim.app.request('/rackspace/mars/v2/x/images'), // unknown region
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 401, 404, 404]);
    const ids = answers.map((r) => r.headers.get('X-Compute-Request-Id'));
    for (const id of ids) expect(id).toMatch(requestIdPattern);
    expect(new Set(ids).size).toBe(ids.length);

    const faulty = createTestSimulator({ faultRateLimitRate: 1 });
    const limited = await faulty.app.request(
      `/rackspace/dfw/v2/${faulty.rackspace.tenantId}/limits`,
      {
        headers: { 'X-Auth-Token': await faulty.rackspaceToken() },
      },
    );
    expect(limited.status).toBe(413);
    expect(limited.headers.get('X-Compute-Request-Id')).toMatch(requestIdPattern);
  });

  it('is not on Identity or Citrix answers', async () => {
    const sim = createTestSimulator();
    const identity = await sim.requestRackspaceToken({ auth: {} });
    expect(identity.headers.has('X-Compute-Request-Id')).toBe(false);
    const citrix = await sim.app.request('/cvad/manage/me');
    expect(citrix.headers.has('X-Compute-Request-Id')).toBe(false);
  });
});
