import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSimulator } from '../../test-support.ts';
import { siteHeaders } from '../site-headers.ts';

interface Ref {
  Id: string;
  Name: string;
}
interface Machine {
  Id: string;
  Name: string;
  DnsName: string;
  MachineCatalog: Ref;
  DeliveryGroup: Ref;
  PowerState: string;
  RegistrationState: string;
  InMaintenanceMode: boolean;
  PowerActionPending: boolean;
  SessionCount: number;
  SummaryState: string;
  Hosting: { ImageOutOfDate: boolean };
}
interface Session {
  Id: string;
  IsHidden: boolean;
  SessionType: string;
  User: { Name: string };
  ApplicationsInUse: Ref[];
  Machine: Machine;
}
interface Page<T> {
  Items: T[];
  ContinuationToken: string | null;
  TotalItems?: number;
}

const sim = createTestSimulator({ sessions: 300 });
let headers: Record<string, string>;
beforeAll(async () => {
  headers = await siteHeaders(sim);
});

const call = (path: string, init: RequestInit = {}) =>
  sim.app.request(`/cvad/manage${path}`, { ...init, headers });
const json = async <T>(path: string, init: RequestInit = {}) => {
  const response = await call(path, init);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};
const post = (path: string, body?: unknown) =>
  call(path, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
const patch = (path: string, body: unknown) =>
  call(path, { method: 'PATCH', body: JSON.stringify(body) });
const searchMachines = async (body: unknown, query = '') => {
  const response = await post(`/Machines/$search${query}`, body);
  expect(response.status).toBe(200);
  return (await response.json()) as Page<Machine>;
};
const filter = (Property: string, Value: string, Operator = 'Equals') => ({
  SearchFilters: [{ Property, Operator, Value }],
});
const allSessions = async () => (await json<Page<Session>>('/Sessions?limit=1000')).Items;
const allMachines = async () => (await json<Page<Machine>>('/Machines?limit=1000')).Items;
const jobPath = (response: Response) =>
  new URL(response.headers.get('Location')!).pathname.replace('/cvad/manage', '');
/** A machine with live sessions that no other test touches: the `n`th one in list order. */
const busyMachine = async (n: number) =>
  (await allMachines()).filter((m) => m.SessionCount > 0)[n]!;

describe('machines and sessions agree', () => {
  it('every session’s machine exists, by Id and by DOMAIN|host, with its name, catalog and delivery group', async () => {
    const sessions = await allSessions();
    for (const session of sessions.slice(0, 60)) {
      const byId = await json<Machine>(`/Machines/${session.Machine.Id}`);
      const byName = await json<Machine>(
        `/Machines/${encodeURIComponent(session.Machine.Name.replace('\\', '|'))}`,
      );
      for (const machine of [byId, byName]) {
        expect(machine).toMatchObject({
          Id: session.Machine.Id,
          Name: session.Machine.Name,
          MachineCatalog: session.Machine.MachineCatalog,
          DeliveryGroup: session.Machine.DeliveryGroup,
          SessionCount: session.Machine.SessionCount,
        });
      }
    }
  });

  it('lists every machine of every catalog once, session counts adding up to the sessions', async () => {
    const machines = await allMachines();
    const { catalogs } = sim.ctx.dataset;
    expect(machines).toHaveLength(catalogs.reduce((n, c) => n + c.totalMachinesInCatalog, 0));
    expect(new Set(machines.map((m) => m.Name)).size).toBe(machines.length);
    expect(machines.reduce((n, m) => n + m.SessionCount, 0)).toBe((await allSessions()).length);
    const idle = machines.filter((m) => m.SessionCount === 0);
    expect(new Set(idle.map((m) => m.SummaryState))).toEqual(
      new Set(['Off', 'Available', 'Unregistered']),
    );
  });

  it('marks machines out of date only in catalogs whose image update is running or failed', async () => {
    const machines = await allMachines();
    const stateOf = new Map(sim.ctx.dataset.catalogs.map((c) => [c.id, c.state]));
    const outOfDate = machines.filter((m) => m.Hosting.ImageOutOfDate);
    expect(outOfDate.length).toBeGreaterThan(0);
    for (const machine of outOfDate) {
      expect(['Processing', 'Error']).toContain(stateOf.get(machine.MachineCatalog.Id));
    }
  });
});

describe('GET /Machines and POST /Machines/$search', () => {
  it('pages with continuation tokens, walking every machine once, without TotalItems', async () => {
    const total = (await allMachines()).length;
    const seen = new Set<string>();
    let page = await json<Page<Machine>>('/Machines?limit=25');
    expect(page).not.toHaveProperty('TotalItems');
    for (;;) {
      page.Items.forEach((m) => seen.add(m.Id));
      if (!page.ContinuationToken) break;
      page = await json<Page<Machine>>(
        `/Machines?limit=25&continuationToken=${encodeURIComponent(page.ContinuationToken)}`,
      );
    }
    expect(seen.size).toBe(total);
    expect((await call('/Machines?limit=1001')).status).toBe(400);
    expect((await call('/Machines?sessionSupport=Both')).status).toBe(400);
  });

  it('refuses a sessions continuation token for machines', async () => {
    const sessions = await json<Page<Session>>('/Sessions?limit=5');
    const response = await call(
      `/Machines?limit=5&continuationToken=${encodeURIComponent(sessions.ContinuationToken!)}`,
    );
    expect(response.status).toBe(400);
  });

  it('filters by session support, delivery group, catalog and the states a help desk asks about', async () => {
    const machines = await allMachines();
    const shared = await json<Page<Machine>>('/Machines?limit=1000&sessionSupport=MultiSession');
    expect(shared.Items.length).toBeGreaterThan(0);
    expect(shared.Items.length).toBeLessThan(machines.length);

    const group = machines[0]!.DeliveryGroup.Name;
    const inGroup = await searchMachines(filter('DeliveryGroup', group), '?limit=1000');
    expect(inGroup.TotalItems).toBe(machines.filter((m) => m.DeliveryGroup.Name === group).length);
    const inCatalog = await searchMachines(filter('MachineCatalog', group.toUpperCase()));
    expect(inCatalog.TotalItems).toBe(inGroup.TotalItems);

    for (const [property, value, pick] of [
      ['PowerState', 'Off', (m: Machine) => m.PowerState === 'Off'],
      ['RegistrationState', 'Unregistered', (m: Machine) => m.RegistrationState === 'Unregistered'],
      ['InMaintenanceMode', 'true', (m: Machine) => m.InMaintenanceMode],
      ['ImageOutOfDate', 'True', (m: Machine) => m.Hosting.ImageOutOfDate],
    ] as const) {
      const expected = machines.filter(pick).map((m) => m.Id);
      const found = await searchMachines(filter(property, value), '?limit=1000');
      expect(expected.length, property).toBeGreaterThan(0);
      expect(
        found.Items.map((m) => m.Id),
        property,
      ).toEqual(expected);
    }
  });

  it('finds the machines a person has sessions on, by user name or display name', async () => {
    const sessions = await allSessions();
    const user = sessions[3]!.User.Name;
    const expected = new Set(sessions.filter((s) => s.User.Name === user).map((s) => s.Machine.Id));
    const found = await searchMachines(filter('UserName', user));
    expect(new Set(found.Items.map((m) => m.Id))).toEqual(expected);
    const basic = await searchMachines({ BasicSearchString: user.split('\\')[1] });
    expect(basic.Items.map((m) => m.Id)).toEqual(expect.arrayContaining([...expected]));
  });

  it('sorts, counts sessions with numeric operators and refuses what it cannot search', async () => {
    const sorted = await searchMachines({
      SearchFilters: [{ Property: 'SessionCount', Operator: 'GreaterThan', Value: '1' }],
      SortCriteria: { Property: 'SessionCount', SortDirection: 'Descending' },
    });
    const counts = sorted.Items.map((m) => m.SessionCount);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n > 1)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect((await post('/Machines/$search', filter('ClientName', 'x'))).status).toBe(400);
    expect((await post('/Machines/$search', filter('SessionCount', 'many'))).status).toBe(400);
    expect((await post('/Machines/$search')).status).toBe(400);
  });
});

describe('restarting a machine', () => {
  it('synchronously: answers the machine and ends every session on it', async () => {
    const machine = await busyMachine(0);
    const onIt = await json<Page<Session>>(`/Machines/${machine.Id}/Sessions`);
    expect(onIt.Items).toHaveLength(machine.SessionCount);
    const response = await post(`/Machines/${machine.Id}/$reboot`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      Id: machine.Id,
      SessionCount: 0,
      PowerState: 'On',
      RegistrationState: 'Registered',
      SummaryState: 'Available',
      LastDeregistrationReason: 'DesktopRestart',
    });
    for (const session of onIt.Items) {
      expect((await call(`/Sessions/${session.Id}`)).status).toBe(404);
    }
    const remaining = await searchMachines(filter('MachineName', machine.Name), '?limit=1');
    expect(remaining.Items[0]!.SessionCount).toBe(0);
  });

  it('asynchronously: 202 + Location to a RebootMachines job; sessions end when the clock gets there', async () => {
    const machine = await busyMachine(1);
    const sessionIds = (await json<Page<Session>>(`/Machines/${machine.Id}/Sessions`)).Items.map(
      (s) => s.Id,
    );
    const started = await post(`/Machines/${encodeURIComponent(machine.Name)}/$reboot?async=true`);
    expect(started.status).toBe(202);
    const job = () =>
      json<{ Status: string; Type: string; Parameters: unknown[] }>(jobPath(started));
    expect(await job()).toMatchObject({
      Status: 'InProgress',
      Type: 'RebootMachines',
      Parameters: [
        { Name: 'Id', Value: machine.Id },
        { Name: 'Name', Value: machine.Name },
      ],
    });
    expect(await json<Machine>(`/Machines/${machine.Id}`)).toMatchObject({
      PowerActionPending: true,
      SessionCount: sessionIds.length,
    });
    sim.clock.advance(4000);
    expect((await job()).Status).toBe('Complete');
    expect(await json<Machine>(`/Machines/${machine.Id}`)).toMatchObject({
      PowerActionPending: false,
      SessionCount: 0,
    });
    for (const id of sessionIds) expect((await call(`/Sessions/${id}`)).status).toBe(404);
  });

  it('picks up the image its catalog is rolling out, as MCS machines do at restart', async () => {
    const processing = new Set(
      sim.ctx.dataset.catalogs.filter((c) => c.state === 'Processing').map((c) => c.id),
    );
    const stale = (await allMachines()).find(
      (m) => m.Hosting.ImageOutOfDate && processing.has(m.MachineCatalog.Id),
    )!;
    const restarted = await post(`/Machines/${stale.Id}/$reboot`);
    expect(((await restarted.json()) as Machine).Hosting.ImageOutOfDate).toBe(false);
  });
});

describe('maintenance mode', () => {
  it('turns on with PATCH InMaintenanceMode (204), shows on the machine and its sessions, and off again', async () => {
    const machine = await busyMachine(2);
    expect((await patch(`/Machines/${machine.Id}`, { InMaintenanceMode: true })).status).toBe(204);
    expect((await json<Machine>(`/Machines/${machine.Id}`)).InMaintenanceMode).toBe(true);
    const [session] = (await json<Page<Session>>(`/Machines/${machine.Id}/Sessions`)).Items;
    expect((await json<Session>(`/Sessions/${session!.Id}`)).Machine.InMaintenanceMode).toBe(true);
    expect((await patch(`/Machines/${machine.Id}`, { inMaintenanceMode: false })).status).toBe(204);
    expect((await json<Machine>(`/Machines/${machine.Id}`)).InMaintenanceMode).toBe(false);
  });

  it('as a job with async=true, applied when the clock reaches it', async () => {
    const machine = await busyMachine(3);
    const wanted = !machine.InMaintenanceMode;
    const started = await call(`/Machines/${machine.Id}?async=true`, {
      method: 'PATCH',
      body: JSON.stringify({ InMaintenanceMode: wanted }),
    });
    expect(started.status).toBe(202);
    expect((await json<{ Type: string }>(jobPath(started))).Type).toBe(
      'UpdateMachineCatalogMachine',
    );
    expect((await json<Machine>(`/Machines/${machine.Id}`)).InMaintenanceMode).toBe(!wanted);
    sim.clock.advance(1000);
    expect((await json<{ Status: string }>(jobPath(started))).Status).toBe('Complete');
    expect((await json<Machine>(`/Machines/${machine.Id}`)).InMaintenanceMode).toBe(wanted);
  });

  it('refuses a body it cannot apply, naming the field', async () => {
    const machine = (await allMachines())[0]!;
    const refused = await patch(`/Machines/${machine.Id}`, { PublishedName: 'Renamed' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      ErrorMessage: expect.stringMatching(/PublishedName/),
    });
    expect((await patch(`/Machines/${machine.Id}`, { InMaintenanceMode: 'yes' })).status).toBe(400);
  });
});

describe('hiding sessions and their applications', () => {
  it('$hide and $unhide answer 204 and flip IsHidden; a hidden session is still listed', async () => {
    const [session] = (await allSessions()).slice(-1);
    expect((await post(`/Sessions/${session!.Id}/$hide`)).status).toBe(204);
    expect((await json<Session>(`/Sessions/${session!.Id}`)).IsHidden).toBe(true);
    const listed = await post('/Sessions/$search?limit=1000', {});
    const found = ((await listed.json()) as Page<Session>).Items.find((s) => s.Id === session!.Id);
    expect(found?.IsHidden).toBe(true);
    const started = await post(`/Sessions/${session!.Id}/$unhide?async=true`);
    expect(started.status).toBe(202);
    expect((await json<{ Type: string }>(jobPath(started))).Type).toBe('UnhideSession');
    sim.clock.advance(500);
    expect((await json<Session>(`/Sessions/${session!.Id}`)).IsHidden).toBe(false);
  });

  it('lists the applications of an application session, and none for a desktop', async () => {
    const sessions = await allSessions();
    const app = sessions.find((s) => s.SessionType === 'Application')!;
    const desktop = sessions.find((s) => s.SessionType === 'Desktop')!;
    const apps = await json<Page<{ Id: string; Name: string }>>(`/Sessions/${app.Id}/Applications`);
    expect(apps.Items.map((a) => a.Name)).toEqual(app.ApplicationsInUse.map((a) => a.Name));
    expect(apps.Items.map((a) => a.Id)).toEqual(app.ApplicationsInUse.map((a) => a.Id));
    expect((await json<Page<unknown>>(`/Sessions/${desktop.Id}/Applications`)).Items).toEqual([]);
  });

  it('answers the machine behind a session as GET /Machines/{id} does', async () => {
    const [session] = await allSessions();
    expect(await json<Machine>(`/Sessions/${session!.Id}/Machine`)).toEqual(
      await json<Machine>(`/Machines/${session!.Machine.Id}`),
    );
  });
});

describe('unknown ids', () => {
  const unknown = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['GET', `/Machines/${unknown}`],
    ['GET', '/Machines/CONTOSO|NO-SUCH-0001'],
    ['POST', `/Machines/${unknown}/$reboot`],
    ['PATCH', `/Machines/${unknown}`],
    ['GET', `/Sessions/${unknown}/Applications`],
    ['GET', `/Sessions/${unknown}/Machine`],
    ['POST', `/Sessions/${unknown}/$hide`],
  ])('%s %s is a 404 in the cvad/manage error shape', async (method, path) => {
    const response = await call(path, {
      method,
      body: method === 'PATCH' ? '{"InMaintenanceMode":true}' : undefined,
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      type: 'https://errors-api.cloud.com/common/notFound',
      SdkErrorId: expect.any(String),
      ErrorMessage: expect.any(String),
    });
  });

  it('injects faults on machine routes like on every cvad/manage route', async () => {
    const faulty = createTestSimulator({ sessions: 20, faultRateLimitRate: 1 });
    const response = await faulty.app.request('/cvad/manage/Machines', {
      headers: {
        ...faulty.cvadHeaders(await faulty.citrixToken()),
        'Citrix-InstanceId': faulty.ctx.dataset.customer.site.id,
      },
    });
    expect(response.status).toBe(429);
  });
});
