/**
 * The production server (`npm run serve`) with cloud-looking credentials in its environment,
 * proxying to the simulator as if it were the cloud. One build is made with those secrets present
 * at build time; then:
 * - every page loads in Chromium under the real Content-Security-Policy with no violation and no
 *   console error (and an injected inline script is refused, so the policy is really on);
 * - no file of the build and no response the browser or a raw client received carries a secret
 *   or a token the proxy minted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createProductionServer,
  type ProductionServer,
} from '../../server/production/production-server.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import { send } from '../proxy/support/console-server.ts';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from '../support/browser.ts';

/** Every Content-Security-Policy violation the page reports, as one line each, as they come. */
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} on ${location.pathname}`);
    });
  });
  return violations;
}

const repoRoot = resolve(import.meta.dirname, '../..');
let simulator: SimulatorHandle;
let production: ProductionServer;
let url: string;
let distDir: string;
let secrets: string[];
const mintedTokens: string[] = [];
/** Headers and body of every response seen, by the browser or by a raw client. */
const seen: string[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ config: { citrixTokenTtlSeconds: 2 } });
  const { citrix, rackspace } = simulator.credentials;
  const cloudEnv = {
    CITRIX_CUSTOMER_ID: citrix.customerId,
    CITRIX_CLIENT_ID: citrix.clientId,
    CITRIX_CLIENT_SECRET: citrix.clientSecret,
    RACKSPACE_USERNAME: rackspace.username,
    RACKSPACE_API_KEY: rackspace.apiKey,
  };
  secrets = [citrix.clientSecret, citrix.clientId, rackspace.apiKey, rackspace.password];

  distDir = mkdtempSync(join(tmpdir(), 'daas-console-secrets-build-'));
  const build = spawnSync(
    process.execPath,
    // The whole of `npm run build`: the static shells' inline script must pass the CSP too.
    ['--import', 'tsx', 'scripts/build.ts', '--outDir', distDir, '--logLevel', 'warn'],
    { cwd: repoRoot, env: { ...process.env, ...cloudEnv }, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`The build failed:\n${build.stderr}`);

  // The proxy mints through the global fetch: remember every token it is given.
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init);
    if (/\/tokens(\/clients)?$/.test(String(input))) {
      const body = (await response.clone().json()) as {
        access_token?: string;
        access?: { token?: { id?: string } };
      };
      mintedTokens.push(
        ...[body.access_token, body.access?.token?.id].filter((t) => t !== undefined),
      );
    }
    return response;
  });
  production = await createProductionServer({
    distDir,
    // Cloud mode with sign-in off (loopback only): this test is about secrets and the CSP;
    // sign-in through an IdP is tested in access.test.ts and sign-in.test.ts.
    env: { ...cloudEnv, CONSOLE_AUTH: 'none', CONSOLE_DATA_DIR: 'memory://' },
    backend: { upstreams: simulatorUpstreams(simulator.url), log: () => undefined },
  });
  url = await production.listen(0, '127.0.0.1');
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await production?.close();
  await simulator?.close();
  rmSync(distDir, { recursive: true, force: true });
});

async function apiJson<T>(path: string): Promise<T> {
  const response = await fetch(`${url}${path}`);
  return (await response.json()) as T;
}

/** One of each page, with IDs read through the proxy as the browser would. */
async function everyPage(): Promise<string[]> {
  const { citrix, rackspace } = await apiJson<{
    citrix: { customerId: string; siteId: string };
    rackspace: { tenantId: string };
  }>('/api/connection');
  const base = `/api/catalogservice/${citrix.customerId}/${citrix.siteId}`;
  const catalog = (await apiJson<{ items: { id: string }[] }>(`${base}/catalogs`)).items[0]!;
  const image = (await apiJson<{ items: { id: string }[] }>(`${base}/images`)).items[0]!;
  const server = await apiJson<{ images: { id: string }[] }>(
    `/api/rackspace/dfw/v2/${rackspace.tenantId}/images?limit=1`,
  );
  const session = await apiJson<{ Items: { Id: string; User: { Name: string } }[] }>(
    '/api/cvad/manage/Sessions?limit=1',
  );
  // `DOMAIN\first.last`: the person's page names the account, dot and all.
  const account = session.Items[0]!.User.Name.split('\\').pop()!;
  return [
    '/images',
    `/images/citrix/${encodeURIComponent(image.id)}`,
    '/images?provider=rackspace&view=table',
    `/images/rackspace/${encodeURIComponent(server.images[0]!.id)}?region=DFW`,
    '/catalogs',
    `/catalogs/${encodeURIComponent(catalog.id)}`,
    `/rollouts/new?catalog=${encodeURIComponent(catalog.id)}`,
    '/rollouts/not-a-rollout',
    '/sessions',
    `/sessions/${encodeURIComponent(session.Items[0]!.Id)}`,
    `/users/${encodeURIComponent(account)}`,
    '/audit',
    '/settings',
    '/no/such/page',
  ];
}

describe('the production server in Chromium, with the Content-Security-Policy on', () => {
  let browser: BrowserSession;
  let violations: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    violations = await watchCspViolations(browser.page);
    browser.page.on('response', (response) => {
      seen.push(JSON.stringify(response.headers()));
      // Redirects and aborted loads have no body to read.
      void response.text().then(
        (body) => seen.push(body),
        () => undefined,
      );
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads every page with no CSP violation and no console error', async () => {
    const { page } = browser;
    for (const path of await everyPage()) {
      const response = await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(violations, path).toEqual([]);
      expect(browser.pageErrors, path).toEqual([]);
    }
    mkdirSync('test-results', { recursive: true });
    await page.goto(`${url}/images`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: 'test-results/production-images.png' });
  });

  it('refuses an injected inline script: the policy is really enforced', async () => {
    const { page } = browser;
    await page.goto(`${url}/settings`, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.body.append(script);
      await new Promise((resolveTick) => setTimeout(resolveTick, 50));
      return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.join('\n')).toMatch(/script-src/);
    violations.length = 0;
    browser.pageErrors.length = 0;
  });
});

describe('signing in and out on the production server, with the Content-Security-Policy on', () => {
  let signInServer: ProductionServer;
  let signInUrl: string;
  let browser: BrowserSession;
  let violations: string[] = [];

  beforeAll(async () => {
    // Simulator mode, sign-in on: the demo IdP's pages are served under the same headers.
    signInServer = await createProductionServer({
      distDir,
      env: { CONSOLE_MODE: 'simulator', CONSOLE_DATA_DIR: 'memory://' },
      backend: { simulator, log: () => undefined },
    });
    signInUrl = await signInServer.listen(0, '127.0.0.1');
    browser = await openBrowser();
    violations = await watchCspViolations(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
    await signInServer?.close();
  });

  it('signs in through the demo IdP and out again with no violation and no console error', async () => {
    const { page } = browser;
    await page.goto(`${signInUrl}/catalogs`);
    await page.getByLabel('Username').fill('viewer');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${signInUrl}/catalogs`);
    await page.getByRole('button', { name: 'Account: Vic Viewer, viewer' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out').waitFor();
    expect(violations).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('secrets', () => {
  it('appear in no file of the build made with them in the environment', () => {
    const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      for (const secret of secrets) expect(text, file).not.toContain(secret);
    }
  });

  it('appear in no response: pages, assets, proxied answers, refusals and failures', async () => {
    const { tenantId } = simulator.credentials.rackspace;
    const sweep: [string, string, string?][] = [
      ['GET', '/'],
      ['GET', '/api/connection'],
      ['POST', '/api/connection/test'],
      ['GET', '/api/cvad/manage/me'],
      ['GET', '/api/cvad/manage/Sessions?limit=5'],
      ['GET', '/api/cvad/manage/NoSuchThing'],
      ['GET', `/api/rackspace/dfw/v2/${tenantId}/limits`],
      ['GET', '/api/rackspace/syd/v2/000000/servers'],
      ['POST', '/api/cctrustoauth2/root/tokens/clients', 'grant_type=client_credentials'],
      ['POST', '/api/v2.0/tokens', '{}'],
      ['GET', '/api/cvad/manage/../../cctrustoauth2/root/tokens/clients'],
      ['DELETE', '/api/connection'],
    ];
    for (const [method, path, body] of sweep) {
      const response = await send(url, path, { method, body });
      seen.push(`${JSON.stringify(response.headers)}\n${response.body}`);
    }
    // The browser run and the sweep did mint (tokens of both clouds) and did see pages and API JSON.
    expect(mintedTokens.length).toBeGreaterThanOrEqual(2);
    expect(seen.some((text) => text.includes('"Items"'))).toBe(true);
    expect(seen.some((text) => text.includes('<div id="root">'))).toBe(true);
    for (const secret of [...secrets, ...mintedTokens]) {
      for (const text of seen) expect(text).not.toContain(secret);
    }
  });
});
