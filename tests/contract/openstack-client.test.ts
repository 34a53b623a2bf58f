/**
 * An OpenStack client someone else wrote, keystoneauth1 (Debian's python3-keystoneauth1), lists the
 * simulator's images end to end: Identity v2.0 sign-in, service catalog, compute version discovery,
 * then `/images/detail` paged by `limit` and the `images_links` next links.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./support/openstack-list-images.py', import.meta.url));
/** Small enough for several pages, and not a divisor of the image count this config gives. */
const pageSize = 7;
/**
 * apt installs python3-keystoneauth1 for Debian's /usr/bin/python3, which a pyenv or venv python3
 * earlier on PATH does not see; a python3 on PATH with keystoneauth1 from pip is taken first.
 */
const pythonCandidates = ['python3', '/usr/bin/python3'];

const clientOutputSchema = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('request'),
    method: z.string(),
    path: z.string(),
    query: z.string(),
    status: z.number(),
    authenticated: z.boolean(),
  }),
  z.object({
    event: z.literal('discovery'),
    endpoint: z.string(),
    api_version: z.array(z.number()).nullable(),
    major_version: z.array(z.number()).nullable(),
    // Set only from a version document: null means keystoneauth1 fell back on the catalog URL.
    status: z.string().nullable(),
  }),
  z.object({
    event: z.literal('images'),
    count: z.number(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    ids: z.array(z.string()),
    names: z.array(z.string()),
  }),
]);
type ClientOutput = z.infer<typeof clientOutputSchema>;

async function findKeystoneauthPython(): Promise<string> {
  for (const python of pythonCandidates) {
    const usable = await run(python, ['-c', 'import keystoneauth1']).then(
      () => true,
      () => false,
    );
    if (usable) return python;
  }
  throw new Error(
    `No python3 with keystoneauth1 (tried ${pythonCandidates.join(', ')}): ` +
      'run .ci/run, or apt-get install python3-keystoneauth1',
  );
}

async function listImagesWithKeystoneauth(sim: SimulatorHandle): Promise<ClientOutput[]> {
  const python = await findKeystoneauthPython();
  const { username, password } = sim.credentials.rackspace;
  const args = [script, `${sim.url}/v2.0`, 'DFW', String(pageSize)];
  const env = { ...process.env, OS_USERNAME: username, OS_PASSWORD: password };
  // Asynchronous on purpose: the simulator answers the script from this very event loop.
  const { stdout } = await run(python, args, { env }).catch((error: unknown) => {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The keystoneauth1 client failed:\n${stderr}\n${stdout}`);
  });
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => clientOutputSchema.parse(JSON.parse(line)));
}

/** The region's whole listing in one request: no `limit`, so up to Nova's max_limit of 1000. */
async function readImagesDirectly(sim: SimulatorHandle, computeEndpoint: string) {
  const { username, apiKey } = sim.credentials.rackspace;
  const auth = await fetch(`${sim.url}/v2.0/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { 'RAX-KSKEY:apiKeyCredentials': { username, apiKey } } }),
  });
  const token = ((await auth.json()) as { access: { token: { id: string } } }).access.token.id;
  const response = await fetch(`${computeEndpoint}/images/detail`, {
    headers: { 'X-Auth-Token': token },
  });
  return (await response.json()) as {
    images: { id: string; name: string }[];
    images_links?: unknown[];
  };
}

let sim: SimulatorHandle;
beforeAll(async () => {
  sim = await startSimulator({
    config: {
      sessions: 10,
      rackspaceImages: 150,
      latencyMs: 0,
      fault5xxRate: 0,
      faultRateLimitRate: 0,
      faultResetRate: 0,
      faultMalformedRate: 0,
    },
  });
});
afterAll(() => sim.close());

describe('keystoneauth1 against the simulator', () => {
  it('discovers compute v2 and lists every image, each page requested once', async () => {
    const output = await listImagesWithKeystoneauth(sim);
    const computeEndpoint = `${sim.url}/rackspace/dfw/v2/${sim.credentials.rackspace.tenantId}`;
    const requests = output.filter((line) => line.event === 'request');
    const discovery = output.find((line) => line.event === 'discovery');
    const listing = output.find((line) => line.event === 'images');
    const requested = requests
      .map(({ method, path, query, status, authenticated }) => {
        const target = query ? `${path}?${query}` : path;
        return `${method} ${target} -> ${status}${authenticated ? '' : ' (no token)'}`;
      })
      .join('\n');

    const signIns = requests.filter((r) => r.method === 'POST' && r.path === '/v2.0/tokens');
    expect(signIns).toHaveLength(1);
    // keystoneauth1 asks GET …/v2/ first ({"version": …}), then the root GET …/ ({"versions": […]}).
    const versionDocuments = requests.filter(
      (r) => r.method === 'GET' && r.status === 200 && /^\/rackspace\/dfw\/(v2\/)?$/.test(r.path),
    );
    expect(versionDocuments, `no version document among:\n${requested}`).not.toHaveLength(0);
    expect(discovery?.status, `discovery fell back on the catalog URL:\n${requested}`).not.toBe(
      null,
    );
    expect(discovery?.api_version).toEqual([2, 0]);
    expect(discovery?.major_version).toEqual([2, 0]);
    expect(discovery?.endpoint).toBe(computeEndpoint);

    const direct = await readImagesDirectly(sim, computeEndpoint);
    expect(direct.images_links).toBeUndefined();
    expect(listing?.count).toBe(direct.images.length);
    expect(listing?.ids).toEqual(direct.images.map((image) => image.id));
    expect(listing?.names).toEqual(direct.images.map((image) => image.name));
    expect(listing?.first).toBe(direct.images[0]?.name);
    expect(listing?.last).toBe(direct.images.at(-1)?.name);

    const pagePath = new URL(`${computeEndpoint}/images/detail`).pathname;
    const pages = requests.filter((r) => r.path === pagePath);
    const queries = pages.map((page) => page.query);
    expect(new Set(queries).size, `a page was requested twice:\n${requested}`).toBe(queries.length);
    expect(pages.map((page) => page.status)).toEqual(pages.map(() => 200));
    // Each full page links the next, marked by its last ID; the last page is short, or empty when
    // the count divides evenly.
    const fullPages = Math.floor(direct.images.length / pageSize);
    expect(fullPages).toBeGreaterThan(1);
    const ids = direct.images.map((image) => image.id);
    const markers = Array.from({ length: fullPages }, (_, k) => ids[(k + 1) * pageSize - 1]);
    expect(queries.map((query) => Object.fromEntries(new URLSearchParams(query)))).toEqual([
      { limit: String(pageSize) },
      ...markers.map((marker) => ({ limit: String(pageSize), marker })),
    ]);
  });
});
