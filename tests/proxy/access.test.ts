/**
 * Who may do what, over real HTTP: the production server with sign-in through the embedded IdP,
 * in front of the simulator. Every allowlisted operation for every role, refusals in words and
 * before the cloud hears of them, CSRF, and failing closed when the audit trail cannot record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import { roles, type Role } from '../../contracts/identity-api.ts';
import { allowlist, roleAllows } from '../../server/proxy/allowlist.ts';
import { openStore } from '../../server/store/open-store.ts';
import type { ConsoleStore } from '../../server/store/types.ts';
import { startSignedInConsole, type SignedInConsole } from './support/signed-in-console.ts';

let running: SignedInConsole;
let site: { customerId: string; siteId: string };
let tenantId: string;

beforeAll(async () => {
  running = await startSignedInConsole();
  const connection = (await call('/api/connection', 'viewer').then((r) => r.json())) as {
    citrix: { customerId: string; siteId: string };
    rackspace: { tenantId: string };
  };
  site = connection.citrix;
  tenantId = connection.rackspace.tenantId;
});
afterAll(() => running?.close());

function call(path: string, role: Role | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (role) headers.set('Cookie', running.cookies[role]);
  return fetch(`${running.url}${path}`, { ...init, headers, redirect: 'manual' });
}

/** An address the console would send for each allowlisted template; unknown ids are fine. */
function exampleRequest(template: string, api: string): string {
  const filled = template
    .replace('{customerId}', site.customerId)
    .replace('{siteId}', site.siteId)
    .replace(/\{\w+\}/g, 'no-such-id');
  if (api === 'cvad') return `/api/cvad/manage${filled}`;
  if (api === 'catalog') return `/api/catalogservice${filled}`;
  return `/api/rackspace/dfw/v2/${tenantId}${filled}`;
}

const consoleEndpoints = [
  '/api/me',
  '/api/connection',
  '/api/audit',
  '/api/audit/export.csv',
  '/api/operations',
];

describe('without a session', () => {
  it('answers 401 on every /api path and sends nothing to the cloud', async () => {
    const seenBefore = running.relay.seen.length;
    const paths = [
      ...consoleEndpoints,
      ...allowlist.map((operation) => exampleRequest(operation.template, operation.api)),
    ];
    for (const path of paths) {
      const operation = allowlist.find((o) => exampleRequest(o.template, o.api) === path);
      const method = operation?.methods[0] ?? 'GET';
      const response = await call(path, null, {
        method,
        body: method === 'POST' ? '{}' : undefined,
      });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(proxyErrorSchema.parse(await response.json()).error.code).toBe('unauthenticated');
    }
    expect(running.relay.seen.slice(seenBefore)).toEqual([]);
  });

  it('sends a page load through sign-in and back to the same address', async () => {
    const response = await call('/sessions?user=aisha.chen', null, {
      headers: { Accept: 'text/html', 'Sec-Fetch-Dest': 'document' },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      `/auth/login?returnTo=${encodeURIComponent('/sessions?user=aisha.chen')}`,
    );
  });
});

describe.each(roles)('signed in as %s', (role) => {
  it.each(allowlist.map((operation) => [operation.id, operation.template, operation] as const))(
    '%s %s is allowed or refused in words as the role says',
    async (_id, _template, operation) => {
      const method = operation.methods[0]!;
      const path = exampleRequest(operation.template, operation.api);
      const response = await call(path, role, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ templateId: 'no-such-image' }) : undefined,
      });
      if (roleAllows(role, operation.role)) {
        expect([401, 403]).not.toContain(response.status);
        return;
      }
      expect(response.status).toBe(403);
      const { error } = proxyErrorSchema.parse(await response.json());
      expect(error.message).toBe(`Your role, ${role}, cannot ${operation.needs}.`);
    },
  );
});

describe('what the console never does', () => {
  it.each([
    ['DELETE', '/api/cvad/manage/MachineCatalogs/abc'],
    ['POST', '/api/cvad/manage/Admin/Administrators'],
    ['PUT', '/api/cvad/manage/Sessions/abc'],
    ['PATCH', '/api/catalogservice/c/s/catalogs/abc'],
    ['DELETE', '/api/catalogservice/c/s/images/abc'],
    ['POST', '/api/rackspace/dfw/v2/123/servers'],
  ])(
    '%s %s is refused with 403 for an admin, before it reaches the cloud',
    async (method, path) => {
      const seenBefore = running.relay.seen.length;
      const response = await call(path, 'admin', {
        method,
        body: method === 'GET' ? undefined : '{}',
      });
      expect(response.status).toBe(403);
      const { error } = proxyErrorSchema.parse(await response.json());
      expect(error.message).toContain('does not make this request');
      expect(running.relay.seen.slice(seenBefore)).toEqual([]);
    },
  );

  it('records refused attempts in the audit trail with who tried', async () => {
    await call('/api/cvad/manage/MachineCatalogs/audit-probe', 'helpdesk', { method: 'DELETE' });
    const page = (await call('/api/audit?outcome=refused&actor=harper', 'viewer').then((r) =>
      r.json(),
    )) as { items: { path: string; actor: { name: string }; reason: string }[] };
    const record = page.items.find((item) => item.path.endsWith('/audit-probe'));
    expect(record?.actor.name).toBe('Harper Helpdesk');
    expect(record?.reason).toContain('does not make this request');
  });
});

describe('cross-site requests', () => {
  it('refuses a POST from another site even with the session cookie, and records it', async () => {
    const seenBefore = running.relay.seen.length;
    const response = await call(
      '/api/cvad/manage/Sessions/csrf-probe/$logoff?async=true',
      'admin',
      {
        method: 'POST',
        headers: { Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'cross-site' },
      },
    );
    expect(response.status).toBe(403);
    expect(running.relay.seen.slice(seenBefore)).toEqual([]);
    const page = (await call('/api/audit?operation=refused.origin', 'viewer').then((r) =>
      r.json(),
    )) as { items: { actor: { name: string } }[] };
    expect(page.items[0]?.actor.name).toBe('Avery Admin');
  });
});

describe('when the audit trail cannot record', () => {
  let broken: SignedInConsole;
  let base: ConsoleStore;
  beforeAll(async () => {
    base = await openStore({ CONSOLE_DATA_DIR: 'memory://' });
    const failing: ConsoleStore = {
      driver: base.driver,
      sessions: base.sessions,
      signIns: base.signIns,
      signOuts: base.signOuts,
      operations: base.operations,
      plans: base.plans,
      close: () => base.close(),
      audit: {
        begin: async () => {
          throw new Error('disk full');
        },
        complete: (...args) => base.audit.complete(...args),
        finish: (...args) => base.audit.finish(...args),
        get: (...args) => base.audit.get(...args),
        list: (...args) => base.audit.list(...args),
      },
    };
    broken = await startSignedInConsole({ store: failing });
  });
  afterAll(async () => {
    await broken?.close();
    await base?.close();
  });

  it('does not forward the write and says why in words', async () => {
    const seenBefore = broken.relay.seen.length;
    const response = await fetch(
      `${broken.url}/api/cvad/manage/Sessions/any-session/$logoff?async=true`,
      { method: 'POST', headers: { Cookie: broken.cookies.helpdesk } },
    );
    expect(response.status).toBe(503);
    const { error } = proxyErrorSchema.parse(await response.json());
    expect(error.code).toBe('audit_unavailable');
    expect(error.message).toContain('nothing was changed');
    expect(broken.relay.seen.slice(seenBefore).filter((line) => line.startsWith('POST'))).toEqual(
      [],
    );
  });
});
