import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSimulator } from '../../test-support.ts';
import { siteHeaders } from '../site-headers.ts';

interface Session {
  Id: string;
  State: string;
  LogoffInProgress: boolean;
  User: { Name: string; PrincipalName: string; DisplayName: string };
  Machine: { Name: string; MachineCatalog: { Name: string }; DeliveryGroup: { Name: string } };
  Client: { Name: string; IPAddress: string };
}
interface Page {
  Items: Session[];
  ContinuationToken: string | null;
  TotalItems: number;
}

const sim = createTestSimulator({ sessions: 600 });
let headers: Record<string, string>;
beforeAll(async () => {
  headers = await siteHeaders(sim);
});

const get = (path: string) => sim.app.request(`/cvad/manage${path}`, { headers });
const post = (path: string, body?: unknown) =>
  sim.app.request(`/cvad/manage${path}`, {
    method: 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const search = async (body: unknown, query = '') => {
  const response = await post(`/Sessions/$search${query}`, body);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
};

describe('GET /Sessions', () => {
  it('needs the site header', async () => {
    const noSite = Object.fromEntries(
      Object.entries(headers).filter(([name]) => name !== 'Citrix-InstanceId'),
    );
    const response = await sim.app.request('/cvad/manage/Sessions', { headers: noSite });
    expect(response.status).toBe(400);
  });

  it('pages 250 at a time by default, and the tokens walk every session exactly once', async () => {
    const first = (await (await get('/Sessions')).json()) as Page;
    expect(first.Items).toHaveLength(250);
    const ids = new Set(first.Items.map((s) => s.Id));
    let token = first.ContinuationToken;
    while (token) {
      const page = (await (
        await get(`/Sessions?continuationToken=${encodeURIComponent(token)}`)
      ).json()) as Page;
      page.Items.forEach((s) => ids.add(s.Id));
      token = page.ContinuationToken;
    }
    expect(ids.size).toBe(600);
  });

  it('refuses a limit above 1000, a forged token and an expired one, saying why', async () => {
    expect((await get('/Sessions?limit=1001')).status).toBe(400);
    const { ContinuationToken } = (await (await get('/Sessions?limit=10')).json()) as Page;
    const [body, signature] = ContinuationToken!.split('.');
    const tampered = Buffer.from(
      Buffer.from(body!, 'base64url').toString().replace('"o":10', '"o":500'),
    ).toString('base64url');
    const forged = await get(`/Sessions?continuationToken=${tampered}.${signature}`);
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({
      SdkErrorId: 'InvalidContinuationToken',
      detail: expect.stringMatching(/altered/),
    });
    sim.clock.advance(901_000);
    const stale = await get(
      `/Sessions?continuationToken=${encodeURIComponent(ContinuationToken!)}`,
    );
    expect(stale.status).toBe(400);
    expect(((await stale.json()) as { detail: string }).detail).toMatch(/expired/);
  });

  it('has no TotalItems: the collection schema returns it only to $search', async () => {
    const page = (await (await get('/Sessions?limit=5')).json()) as Record<string, unknown>;
    expect(page).not.toHaveProperty('TotalItems');
    expect(page.ContinuationToken).toEqual(expect.any(String));
    const last = (await (await get('/Sessions?limit=1000')).json()) as Record<string, unknown>;
    expect(last).toEqual({ Items: expect.any(Array), ContinuationToken: null });
    expect((await search({}, '?limit=5')).TotalItems).toBe(600);
    const jobs = (await (await get('/Jobs')).json()) as Record<string, unknown>;
    expect(jobs).toEqual({ Items: expect.any(Array) });
  });

  it('writes out the fields seed 003 shows as null, with null, rather than leaving them out', async () => {
    const { Items } = (await (await get('/Sessions?limit=200')).json()) as {
      Items: Record<string, Record<string, unknown> & { Scopes?: unknown }>[];
    };
    for (const session of Items) {
      expect(session.Client).toHaveProperty('DeviceId', null);
      expect(session.Client).toHaveProperty('ReceiverIPAddress');
      expect(session.Client).toHaveProperty('ReceiverName');
      expect(session.Connection).toHaveProperty('ConnectedViaHostName');
      expect(session.User).toMatchObject({ Mail: null, Guid: null, PossibleLookupFailure: false });
      expect(session.Machine).toMatchObject({ LastErrorTime: null, SessionState: null });
      expect(session.Machine!.Zone).toHaveProperty('Uid', null);
      const [scope] = (session.ContainerScopes as unknown as { Scopes: object[] }[])[0]!.Scopes;
      expect(scope).toMatchObject({ Uid: null, Description: null, TenantId: null });
    }
    // Both forms of the optional client and connection fields occur: a value, and null.
    const receiver = new Set(Items.map((s) => s.Client!.ReceiverIPAddress === null));
    const gateway = new Set(Items.map((s) => s.Connection!.ConnectedViaHostName === null));
    expect(receiver).toEqual(new Set([true, false]));
    expect(gateway).toEqual(new Set([true, false]));
  });

  it('returns only the fields asked for', async () => {
    const page = (await (await get('/Sessions?limit=2&fields=Id,State')).json()) as Page;
    expect(Object.keys(page.Items[0]!).sort()).toEqual(['Id', 'State']);
  });
});

describe('POST /Sessions/$search', () => {
  it('finds a user by DOMAIN\\user, UPN or display name, with TotalItems', async () => {
    const [someone] = (await search({}, '?limit=1')).Items;
    const user = someone!.User;
    for (const [Property, Value] of [
      ['UserName', user.Name],
      ['UserPrincipalName', user.PrincipalName.toUpperCase()],
      ['UserDisplayName', user.DisplayName],
    ]) {
      const page = await search({ SearchFilters: [{ Property, Operator: 'Equals', Value }] });
      expect(page.TotalItems).toBeGreaterThan(0);
      expect(page.Items.every((s) => s.User.Name === user.Name)).toBe(true);
    }
  });

  it('counts a catalog’s sessions with MachineCatalog Equals, as the rollout wizard does', async () => {
    const catalog = sim.ctx.dataset.catalogs[sim.ctx.dataset.sessions.catalog[0]!]!;
    const filter = { Property: 'MachineCatalog', Operator: 'Equals', Value: catalog.name };
    const page = await search({ SearchFilters: [filter] }, '?limit=1');
    const expected = Array.from(sim.ctx.dataset.sessions.catalog).filter(
      (c) => sim.ctx.dataset.catalogs[c] === catalog,
    ).length;
    expect(page.TotalItems).toBe(expected);
    expect(page.Items[0]!.Machine.MachineCatalog.Name).toBe(catalog.name);
  });

  it('combines an OR group with state filters and sorts descending by user name', async () => {
    const page = await search({
      SearchFilters: [
        { Property: 'SessionState', Operator: 'In', Value: '["Active","Disconnected"]' },
      ],
      SearchFilterGroups: [
        {
          SearchFilterGroupType: 'Or',
          SearchFilters: [
            { Property: 'UserName', Operator: 'Contains', Value: 'an' },
            { Property: 'ClientName', Operator: 'StartsWith', Value: 'mac' },
          ],
        },
      ],
      SortCriteria: { Property: 'UserName', SortDirection: 'Descending' },
    });
    expect(page.TotalItems).toBeGreaterThan(0);
    for (const s of page.Items) {
      expect(['Active', 'Disconnected']).toContain(s.State);
      expect(s.User.Name.toLowerCase().includes('an') || s.Client.Name.startsWith('MAC')).toBe(
        true,
      );
    }
    const names = page.Items.map((s) => s.User.Name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
  });

  it('takes quotes, backslashes and any Unicode as plain text', async () => {
    for (const text of ['"; DROP', 'a\\b\\', 'Zoë 🚀 ∑', '.*', '*']) {
      const page = await search({ BasicSearchString: text });
      expect(page.TotalItems).toBe(0);
    }
    const like = await search({
      SearchFilters: [{ Property: 'MachineName', Operator: 'Like', Value: '*-SH-*' }],
    });
    expect(like.Items.every((s) => /-SH-/.test(s.Machine.Name))).toBe(true);
  });

  it('refuses unknown properties and a token from another query', async () => {
    const bad = await post('/Sessions/$search', {
      SearchFilters: [{ Property: 'Shoe', Operator: 'Equals', Value: 'x' }],
    });
    expect(bad.status).toBe(400);
    const { ContinuationToken } = await search({ BasicSearchString: 'a' }, '?limit=5');
    const other = await post(
      `/Sessions/$search?continuationToken=${encodeURIComponent(ContinuationToken!)}`,
      { BasicSearchString: 'b' },
    );
    expect(other.status).toBe(400);
    expect(((await other.json()) as { detail: string }).detail).toMatch(/different query/);
  });
});

describe('POST /Sessions/$search binds its body as ASP.NET does', () => {
  const activeOnly = (page: Page) => page.Items.every((s) => s.State === 'Active');

  it('reads camelCase keys (the spec’s generated clients) as it reads PascalCase ones', async () => {
    const all = await search({}, '?limit=1');
    const pascal = await search({
      SearchFilters: [{ Property: 'SessionState', Operator: 'Equals', Value: 'Active' }],
      SortCriteria: { Property: 'UserName', SortDirection: 'Descending' },
    });
    const camel = await search({
      searchFilters: [{ property: 'SessionState', operator: 'Equals', value: 'Active' }],
      sortCriteria: { property: 'UserName', sortDirection: 'Descending' },
    });
    expect(pascal.TotalItems).toBeLessThan(all.TotalItems);
    expect(activeOnly(camel)).toBe(true);
    expect(camel.TotalItems).toBe(pascal.TotalItems);
    expect(camel.Items.map((s) => s.Id)).toEqual(pascal.Items.map((s) => s.Id));
  });

  it('reads any key casing and enum names in any case, in groups too', async () => {
    const pascal = await search({
      SearchFilters: [{ Property: 'SessionState', Operator: 'Equals', Value: 'Active' }],
      SearchFilterGroups: [
        {
          SearchFilterGroupType: 'Or',
          SearchFilters: [
            { Property: 'SessionSupport', Operator: 'Equals', Value: 'MultiSession' },
            { Property: 'ConnectionProtocol', Operator: 'Equals', Value: 'Rdp' },
          ],
        },
      ],
    });
    const odd = await search({
      SEARCHFILTERS: [{ PROPERTY: 'sessionstate', OPERATOR: 'equals', VALUE: 'Active' }],
      searchfiltergroups: [
        {
          searchFilterGroupType: 'or',
          searchFilters: [
            { property: 'sessionSupport', operator: 'EQUALS', value: 'MultiSession' },
            { property: 'connectionprotocol', operator: 'equals', value: 'Rdp' },
          ],
        },
      ],
    });
    expect(pascal.TotalItems).toBeGreaterThan(0);
    expect(odd.TotalItems).toBe(pascal.TotalItems);
  });

  it.each([
    ['a body that is not JSON', '{"SearchFilters": [', /not valid JSON/],
    ['an empty body', '', /non-empty request body/],
    ['a JSON array', '[]', /object/],
  ])('refuses %s with 400 in the cvad error shape', async (_case, body, detail) => {
    const response = await sim.app.request('/cvad/manage/Sessions/$search', {
      method: 'POST',
      headers,
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: 'https://errors-api.cloud.com/common/invalidJson',
      detail: expect.stringMatching(detail),
      parameters: [],
      ErrorMessage: expect.stringMatching(detail),
      SdkErrorId: 'InvalidRequestBody',
    });
  });
});

describe('session actions', () => {
  it('disconnects synchronously: the answer and later reads say Disconnected', async () => {
    const [target] = (
      await search(
        { SearchFilters: [{ Property: 'SessionState', Operator: 'Equals', Value: 'Active' }] },
        '?limit=1',
      )
    ).Items;
    const response = await post(`/Sessions/${target!.Id}/$disconnect`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Session).State).toBe('Disconnected');
    expect(((await (await get(`/Sessions/${target!.Id}`)).json()) as Session).State).toBe(
      'Disconnected',
    );
  });

  it('logs off asynchronously: 202 + Location to a job that progresses to Complete, then the session is gone', async () => {
    const [target] = (await search({}, '?limit=1&skip=7')).Items;
    const response = await post(`/Sessions/${target!.Id}/$logoff?async=true`);
    expect(response.status).toBe(202);
    const location = new URL(response.headers.get('Location')!);
    expect(location.pathname).toMatch(/^\/cvad\/manage\/Jobs\/[0-9a-f-]{36}$/);
    const job = async () =>
      (await (await get(location.pathname.replace('/cvad/manage', ''))).json()) as {
        Status: string;
        Type: string;
        OverallProgressPercent: number;
      };
    expect(await job()).toMatchObject({ Status: 'InProgress', Type: 'LogoffSessions' });
    expect(
      ((await (await get(`/Sessions/${target!.Id}`)).json()) as Session).LogoffInProgress,
    ).toBe(true);
    sim.clock.advance(1500);
    expect((await job()).OverallProgressPercent).toBe(50);
    sim.clock.advance(1500);
    expect(await job()).toMatchObject({ Status: 'Complete', OverallProgressPercent: 100 });
    expect((await get(`/Sessions/${target!.Id}`)).status).toBe(404);
    const all = await search({
      SearchFilters: [{ Property: 'UserName', Operator: 'Equals', Value: target!.User.Name }],
    });
    expect(all.Items.map((s) => s.Id)).not.toContain(target!.Id);
  });

  it('sends a message, refusing one without text or with an unknown style', async () => {
    const [target] = (await search({}, '?limit=1&skip=3')).Items;
    const ok = await post(`/Sessions/${target!.Id}/$sendMessage`, {
      Title: 'IT',
      Text: 'Saving now…',
      Style: 'Information',
    });
    expect(ok.status).toBe(200);
    expect(
      (await post(`/Sessions/${target!.Id}/$sendMessage`, { Title: 'IT', Text: ' ' })).status,
    ).toBe(400);
    expect(
      (await post(`/Sessions/${target!.Id}/$sendMessage`, { Text: 'x', Style: 'Loud' })).status,
    ).toBe(400);
  });

  it('fails the job when the session ended before it ran', async () => {
    const [target] = (await search({}, '?limit=1&skip=11')).Items;
    const disconnect = await post(`/Sessions/${target!.Id}/$disconnect?async=true`);
    expect((await post(`/Sessions/${target!.Id}/$logoff`)).status).toBe(204);
    sim.clock.advance(2000);
    const job = await get(
      new URL(disconnect.headers.get('Location')!).pathname.replace('/cvad/manage', ''),
    );
    expect(await job.json()).toMatchObject({
      Status: 'Failed',
      ErrorString: expect.stringMatching(/no longer exists/),
    });
  });
});
