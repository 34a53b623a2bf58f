import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { auditPageSchema } from '../../contracts/identity-api.ts';
import type { jobSchema } from '../api/citrix/jobs.ts';
import type { machinePageSchema } from '../api/citrix/machines.ts';
import type {
  sessionApplicationsSchema,
  sessionPageSchema,
  sessionSchema,
} from '../api/citrix/sessions.ts';

/** A session of the site and whose it is and where it runs, for the fake search. */
interface SiteSession {
  body: z.input<typeof sessionSchema>;
  user: { Name: string; PrincipalName: string };
  machineId: string;
}
import { auditRecord } from './audit-fixtures.ts';
import { machineFixture, type MachineInput } from './machine-fixtures.ts';
import { server } from './msw-server.ts';
import { sessionFixture } from './session-fixtures.ts';

const aisha = {
  DisplayName: 'Aisha Chen',
  Name: 'CONTOSO\\aisha.chen',
  PrincipalName: 'aisha.chen@corp.contoso.com',
};

/** A job that runs for one read and then ends, as `end` says; the change lands as it ends. */
interface FakeJob {
  reads: number;
  end: 'Complete' | 'Failed';
  apply: () => void;
}

interface Filter {
  Property: string;
  Operator: string;
  Value: string;
}

/** The one person filter the page sends, judged as cvad/manage does (case-blind). */
function userMatches(user: { Name: string; PrincipalName: string }, filter: Filter) {
  const value = (
    filter.Property === 'UserPrincipalName' ? user.PrincipalName : user.Name
  ).toLowerCase();
  const wanted = filter.Value.toLowerCase();
  return filter.Operator === 'EndsWith' ? value.endsWith(wanted) : value === wanted;
}

/**
 * Aisha Chen's corner of a site: a desktop session on machine 1, an application session (Excel,
 * Outlook) on machine 2 that she shares with someone else, and a look-alike `aisha.chenx` on
 * machine 3 who must never show. Restart, maintenance and hide really change it, through jobs.
 */
export function simulatePersonSite(options: { jobEnd?: FakeJob['end'] } = {}) {
  const user = (name: string) => ({
    ...aisha,
    Name: `CONTOSO\\${name}`,
    PrincipalName: `${name}@corp.contoso.com`,
  });
  const on = (m: MachineInput) => ({
    Id: m.Id,
    Name: m.Name,
    MachineCatalog: m.MachineCatalog,
    DeliveryGroup: m.DeliveryGroup,
  });
  const machines = [
    machineFixture(1),
    machineFixture(2, {
      SessionCount: 2,
      SessionSupport: 'MultiSession',
      Hosting: { ImageOutOfDate: true },
    }),
    machineFixture(3, { InMaintenanceMode: null, PowerState: null }),
  ];
  const place = (
    n: number,
    owner: typeof aisha,
    machine: MachineInput,
    changes: Partial<SiteSession['body']> = {},
  ): SiteSession => ({
    body: sessionFixture(n, { User: owner, Machine: on(machine), ...changes }),
    user: owner,
    machineId: machine.Id,
  });
  const [m1, m2, m3] = machines as [MachineInput, MachineInput, MachineInput];
  let sessions: SiteSession[] = [
    place(1, aisha, m1),
    place(2, aisha, m2, { SessionType: 'Application' }),
    place(3, user('omar.haddad'), m2),
    place(4, user('aisha.chenx'), m3),
  ];
  const jobs = new Map<string, FakeJob>();
  const calls: string[] = [];
  /** The filters each `$search` (sessions or machines) sent. */
  const searches: Filter[][] = [];
  const accept = (call: string, apply: () => void) => {
    calls.push(call);
    const id = `job-${calls.length}`;
    jobs.set(id, { reads: 0, end: options.jobEnd ?? 'Complete', apply });
    return new HttpResponse(null, {
      status: 202,
      headers: { Location: `/api/cvad/manage/Jobs/${id}` },
    });
  };
  const machine = (id: unknown) => machines.find((m) => m.Id === id);
  const base = '*/api/cvad/manage';
  server.use(
    http.post(/\/api\/cvad\/manage\/Sessions\/\$search/, async ({ request }) => {
      const { SearchFilters } = (await request.json()) as { SearchFilters: Filter[] };
      searches.push(SearchFilters);
      const [filter] = SearchFilters;
      const items = sessions
        .filter((s) => filter && userMatches(s.user, filter))
        .map((s) => s.body);
      return HttpResponse.json({
        Items: items,
        ContinuationToken: null,
        TotalItems: items.length,
      } satisfies z.input<typeof sessionPageSchema>);
    }),
    http.post(/\/api\/cvad\/manage\/Machines\/\$search/, async ({ request }) => {
      const { SearchFilters } = (await request.json()) as { SearchFilters: Filter[] };
      searches.push(SearchFilters);
      const [filter] = SearchFilters;
      const ids = new Set(
        sessions.filter((s) => filter && userMatches(s.user, filter)).map((s) => s.machineId),
      );
      const items = machines.filter((m) => ids.has(m.Id));
      return HttpResponse.json({
        Items: items,
        ContinuationToken: null,
        TotalItems: items.length,
      } satisfies z.input<typeof machinePageSchema>);
    }),
    http.get(`${base}/Machines/:id`, ({ params }) =>
      machine(params.id)
        ? HttpResponse.json(machine(params.id))
        : HttpResponse.json({ ErrorMessage: 'Machine was not found' }, { status: 404 }),
    ),
    http.post(/\/api\/cvad\/manage\/Machines\/([^/]+)\/\$reboot/, ({ request }) => {
      const id = /Machines\/([^/]+)\//.exec(new URL(request.url).pathname)![1];
      const target = machine(id)!;
      return accept(
        `reboot ${target.Name} async=${new URL(request.url).searchParams.get('async')}`,
        () => {
          sessions = sessions.filter((s) => s.machineId !== id);
          Object.assign(target, { SessionCount: 0, Hosting: { ImageOutOfDate: false } });
        },
      );
    }),
    http.patch(`${base}/Machines/:id`, async ({ params, request }) => {
      const body = (await request.json()) as { InMaintenanceMode: boolean };
      const target = machine(params.id)!;
      return accept(`maintenance ${target.Name} ${JSON.stringify(body)}`, () => {
        target.InMaintenanceMode = body.InMaintenanceMode;
      });
    }),
    http.get(`${base}/Sessions/:id/Applications`, ({ params }) => {
      const session = sessions.find((s) => s.body.Id === params.id)?.body;
      const names =
        session?.SessionType === 'Application' ? ['Microsoft Excel', 'Microsoft Outlook'] : [];
      return HttpResponse.json({
        Items: names.map((Name, i) => ({
          Id: `app-${i}`,
          Name,
          PublishedName: Name,
          ApplicationType: 'HostedOnDesktop',
        })),
      } satisfies z.input<typeof sessionApplicationsSchema>);
    }),
    http.post(/\/api\/cvad\/manage\/Sessions\/([^/]+)\/\$(hide|unhide|logoff)/, ({ request }) => {
      const [, id, action] = /Sessions\/([^/]+)\/\$(\w+)/.exec(new URL(request.url).pathname)!;
      return accept(`${action} ${id}`, () => {
        if (action === 'logoff') sessions = sessions.filter((s) => s.body.Id !== id);
        else
          sessions = sessions.map((s) =>
            s.body.Id === id ? { ...s, body: { ...s.body, IsHidden: action === 'hide' } } : s,
          );
      });
    }),
    http.get(`${base}/Jobs/:id`, ({ params }) => {
      const job = jobs.get(String(params.id))!;
      job.reads += 1;
      const ended = job.reads >= 2;
      if (job.reads === 2 && job.end === 'Complete') job.apply();
      const status = ended ? job.end : 'InProgress';
      return HttpResponse.json({
        Id: String(params.id),
        Status: status,
        ErrorString: status === 'Failed' ? 'The hypervisor refused the power action.' : null,
      } satisfies z.input<typeof jobSchema>);
    }),
  );
  return { calls, searches, sessions: () => sessions.map((s) => s.body), machines };
}

/**
 * The audit trail as `GET /api/audit` filters it by `target` (contains, on a target's id or
 * name): a restart of machine 2 while Aisha and Omar were on it (the server names the people on
 * a machine as `user` targets), a hide of Aisha's session 2, a log-off of a session of hers that
 * has ended, and a log-off of the look-alike's session and maintenance of his machine 3, which
 * must not show as hers.
 */
export function serveAuditByTarget() {
  const machine = (n: number) => ({
    type: 'machine',
    id: machineFixture(n).Id,
    name: `CONTOSO\\FS-VD-${String(n).padStart(4, '0')}`,
  });
  const records = [
    auditRecord(4, {
      at: '2026-11-24T10:00:00.000Z',
      operation: 'machines.restart',
      operationLabel: 'Restart a machine',
      path: `/api/cvad/manage/Machines/${machineFixture(2).Id}/$reboot`,
      targets: [
        machine(2),
        { type: 'user', id: aisha.Name, name: aisha.DisplayName },
        { type: 'user', id: 'CONTOSO\\omar.haddad', name: 'Omar Haddad' },
      ],
      finalResult: 'The job ended: Complete.',
      finishedAt: '2026-11-24T10:01:00.000Z',
    }),
    auditRecord(1, {
      at: '2026-11-24T09:00:00.000Z',
      operation: 'sessions.hide',
      operationLabel: 'Hide a session',
      targets: [{ type: 'session', id: sessionFixture(2).Id, name: aisha.Name }],
    }),
    auditRecord(2, {
      at: '2026-11-23T16:00:00.000Z',
      targets: [{ type: 'session', id: 'ended-session', name: aisha.Name }],
    }),
    auditRecord(3, {
      operationLabel: 'Log off a look-alike',
      targets: [{ type: 'session', id: sessionFixture(4).Id, name: 'CONTOSO\\aisha.chenx' }],
    }),
    auditRecord(5, {
      at: '2026-11-22T08:00:00.000Z',
      operation: 'machines.maintenance',
      operationLabel: 'Maintenance of a look-alike’s machine',
      method: 'PATCH',
      targets: [machine(3), { type: 'user', id: 'CONTOSO\\aisha.chenx', name: 'Aisha Chen' }],
    }),
  ];
  const targets: string[] = [];
  server.use(
    http.get('/api/audit', ({ request }) => {
      const query = new URL(request.url).searchParams;
      const target = (query.get('target') ?? '').toLowerCase();
      targets.push(target);
      const items = records.filter((r) =>
        r.targets.some(
          (t) =>
            t.id.toLowerCase().includes(target) || (t.name ?? '').toLowerCase().includes(target),
        ),
      );
      return HttpResponse.json({
        items,
        page: 1,
        pageSize: 50,
        total: items.length,
      } satisfies z.input<typeof auditPageSchema>);
    }),
  );
  return { targets };
}
