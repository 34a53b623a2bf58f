/**
 * Writes become audit records and shared operations, over real HTTP against the simulator: a
 * help-desk log-off and an admin's image rollout are recorded with who did them, followed by the
 * server to their end, and a rollout survives the browser leaving in the middle of the submit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import {
  auditPageSchema,
  operationIdHeader,
  operationListSchema,
  operationSchema,
  type Operation,
  type Role,
} from '../../contracts/identity-api.ts';
import { sampleAuditEntry } from '../../server/store/testing/sample-records.ts';
import { createManualClock } from '../../server/simulator/index.ts';
import { startSignedInConsole, type SignedInConsole } from './support/signed-in-console.ts';

let running: SignedInConsole;
let base: string;
// Rollouts in the simulator move on only when the test says so, not while it waits.
const simulatorClock = createManualClock();

beforeAll(async () => {
  running = await startSignedInConsole({
    simulatorClock,
    simulatorConfig: { rolloutSeconds: 2 },
    delayWritesMs: 300,
  });
  const connection = (await call('/api/connection', 'viewer').then((r) => r.json())) as {
    citrix: { customerId: string; siteId: string };
  };
  base = `/api/catalogservice/${connection.citrix.customerId}/${connection.citrix.siteId}`;
}, 60_000);
afterAll(() => running?.close());

function call(path: string, role: Role, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('Cookie', running.cookies[role]);
  return fetch(`${running.url}${path}`, { ...init, headers });
}

/** Lets the server's follower run until the operation ends. */
async function followToEnd(id: string): Promise<Operation> {
  for (let round = 0; round < 100; round += 1) {
    await running.server.backend.follower.tick();
    const operation = operationSchema.parse(
      await call(`/api/operations/${id}`, 'viewer').then((r) => r.json()),
    );
    if (operation.state !== 'running') return operation;
    simulatorClock.advance(500);
  }
  throw new Error(`operation ${id} did not end`);
}

interface Catalog {
  id: string;
  name: string;
  state: string;
  imageId: string | null;
  templateImageName: string | null;
  sessionSupport: string;
}
interface Image {
  id: string;
  name: string;
  state: string;
  sessionSupport: string;
}

async function pickRollout(skip: string[] = []) {
  const catalogs = (
    (await call(`${base}/catalogs`, 'admin').then((r) => r.json())) as { items: Catalog[] }
  ).items;
  const images = (
    (await call(`${base}/images`, 'admin').then((r) => r.json())) as { items: Image[] }
  ).items;
  for (const catalog of catalogs) {
    if (catalog.state !== 'Active' || skip.includes(catalog.id)) continue;
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.id !== catalog.imageId &&
        i.sessionSupport === catalog.sessionSupport,
    );
    if (image) return { catalog, image };
  }
  throw new Error('the simulator has no catalog an image can be rolled out to');
}

describe('a help-desk log-off', () => {
  it('is audited with who did it and the session’s user, and followed to its end', async () => {
    const sessions = (await call('/api/cvad/manage/Sessions?limit=5', 'helpdesk').then((r) =>
      r.json(),
    )) as { Items: { Id: string; User?: { SamName?: string } }[] };
    const session = sessions.Items[0]!;
    const response = await call(
      `/api/cvad/manage/Sessions/${session.Id}/$logoff?async=true`,
      'helpdesk',
      {
        method: 'POST',
      },
    );
    expect(response.status).toBe(202);
    const operationId = response.headers.get(operationIdHeader);
    expect(operationId).toBeTruthy();
    const ended = await followToEnd(operationId!);
    expect(ended.state).toBe('succeeded');
    expect(ended.startedBy.name).toBe('Harper Helpdesk');

    const page = auditPageSchema.parse(
      await call(`/api/audit?operation=sessions.logoff&target=${session.Id}`, 'viewer').then((r) =>
        r.json(),
      ),
    );
    expect(page.items).toHaveLength(1);
    const [record] = page.items;
    expect(record).toMatchObject({
      outcome: 'succeeded',
      httpStatus: 202,
      operationId,
      actor: { name: 'Harper Helpdesk', role: 'helpdesk', email: 'harper.helpdesk@example.com' },
    });
    expect(record!.targets[0]).toMatchObject({ type: 'session', id: session.Id });
    expect(record!.targets[0]!.name).toBeTruthy();
    expect(record!.finalResult).toContain('Complete');
  });
});

describe('an admin’s image rollout', () => {
  it('becomes a shared operation at once, with the image it replaces, and ends for everyone', async () => {
    const { catalog, image } = await pickRollout();
    const response = await call(`${base}/catalogs/${catalog.id}/$updateImage?async=true`, 'admin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: image.id, citrixPrepared: false, vdaUpdateDelay: -1 }),
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('location')).toMatch(/^\/api\/catalogservice\/.+\/updateStatus/);
    const operationId = response.headers.get(operationIdHeader)!;

    // A colleague (any role) sees it running, with who started it.
    const list = operationListSchema.parse(
      await call(`/api/operations?kind=rollout&catalogId=${catalog.id}`, 'viewer').then((r) =>
        r.json(),
      ),
    );
    expect(list.items[0]).toMatchObject({
      id: operationId,
      state: 'running',
      startedBy: { name: 'Avery Admin' },
      rollout: {
        catalogId: catalog.id,
        catalogName: catalog.name,
        imageId: image.id,
        imageName: image.name,
        previousImageId: catalog.imageId,
      },
    });

    const ended = await followToEnd(operationId);
    expect(ended.state).toBe('succeeded');
    expect(ended.progress?.state).toBe('Active');
    const audit = auditPageSchema.parse(
      await call(`/api/audit?operation=catalogs.updateImage&target=${catalog.id}`, 'helpdesk').then(
        (r) => r.json(),
      ),
    );
    expect(audit.items[0]).toMatchObject({ operationId, outcome: 'succeeded' });
    expect(audit.items[0]!.finalResult).toContain('Image updated');
    expect(audit.items[0]!.targets.map((t) => t.name)).toEqual([catalog.name, image.name]);
  });

  it('is not lost when the browser leaves while the submit is in flight', async () => {
    const { catalog, image } = await pickRollout();
    const url = new URL(`${base}/catalogs/${catalog.id}/$updateImage?async=true`, running.url);
    const body = JSON.stringify({
      templateId: image.id,
      citrixPrepared: false,
      vdaUpdateDelay: -1,
    });
    // Send the whole request, then go away before the (slowed) cloud answers: a reload.
    await new Promise<void>((resolve) => {
      const leaving = request(url, {
        method: 'POST',
        headers: {
          Cookie: running.cookies.admin,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      });
      leaving.on('error', () => resolve());
      leaving.end(body, () => setTimeout(() => (leaving.destroy(), resolve()), 50));
    });
    let found: Operation | undefined;
    for (let round = 0; round < 50 && !found; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const list = operationListSchema.parse(
        await call(`/api/operations?kind=rollout&catalogId=${catalog.id}`, 'viewer').then((r) =>
          r.json(),
        ),
      );
      found = list.items.find((item) => item.rollout?.imageId === image.id);
    }
    expect(found, 'the rollout Citrix accepted is on record').toBeDefined();
    expect((await followToEnd(found!.id)).state).toBe('succeeded');
  });
});

describe('the audit trail', () => {
  it('filters by person and exports CSV with the same filters', async () => {
    const csv = await call('/api/audit/export.csv?actor=Avery', 'viewer');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="daas-console-audit-/,
    );
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toContain('When (UTC),Who,Email');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes('Avery Admin'))).toBe(true);
  });

  it('exports fields that start like a formula (= + - @, tab, return) as text', async () => {
    const actor = {
      subject: 'idp|csv-injection',
      name: '\t=HYPERLINK("https://evil.example")',
      email: '@SUM(1+1)',
      role: 'helpdesk' as const,
    };
    await running.store.audit.begin(
      sampleAuditEntry({
        actor,
        operationLabel: '\r=1+2',
        targets: [{ type: 'session', id: 's-1', name: null }],
        outcome: 'refused',
        reason: '-2+3',
      }),
    );
    const csv = await call('/api/audit/export.csv?actor=csv-injection', 'viewer');
    const [header, row, ...rest] = parseCsv(await csv.text());
    expect(rest).toEqual([]);
    const cell = (name: string) => row?.[header!.indexOf(name)];
    expect(cell('Who')).toBe('\'\t=HYPERLINK("https://evil.example")');
    expect(cell('Email')).toBe("'@SUM(1+1)");
    expect(cell('Operation')).toBe("'\r=1+2");
    expect(cell('Reason')).toBe("'-2+3");
    expect(cell('Subject')).toBe('idp|csv-injection');
  });

  it('explains filters it cannot use', async () => {
    const response = await call('/api/audit?from=yesterday&outcome=maybe', 'viewer');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(/from .*date/);
    expect(error.message).toContain('outcome');
  });

  it('offers no way to change or delete a record', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await call('/api/audit', 'admin', { method });
      expect(response.status, method).toBe(405);
    }
  });
});

/** RFC 4180 rows as a spreadsheet reads them: a quoted cell may hold commas, quotes and returns. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    const next = text[at + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      at += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && !(char === '\r' && next === '\n'))) {
      cell += char;
    } else {
      row.push(cell);
      cell = '';
      if (char === '\r') {
        rows.push(row);
        row = [];
        at += 1;
      }
    }
  }
  return rows;
}

describe('a help desk’s machine actions', () => {
  const machinesPath = '/api/cvad/manage/Machines';
  async function auditOf(operation: string, machineId: string) {
    const page = auditPageSchema.parse(
      await call(`/api/audit?operation=${operation}&target=${machineId}`, 'viewer').then((r) =>
        r.json(),
      ),
    );
    return page.items[0];
  }

  it('restarts a machine as a shared operation every admin sees, followed to its end, recorded with the people it ends sessions of', async () => {
    const machines = (await call(`${machinesPath}?limit=20`, 'viewer').then((r) => r.json())) as {
      Items: { Id: string; Name: string; SessionCount: number }[];
    };
    const machine = machines.Items.find((m) => m.SessionCount > 0)!;
    const onIt = (await call(`${machinesPath}/${machine.Id}/Sessions`, 'viewer').then((r) =>
      r.json(),
    )) as { Items: { User: { SamName: string; DisplayName: string } }[] };
    const accounts = [...new Set(onIt.Items.map((s) => s.User.SamName))];
    expect(accounts.length).toBeGreaterThan(0);

    const response = await call(`${machinesPath}/${machine.Id}/$reboot?async=true`, 'helpdesk', {
      method: 'POST',
    });
    expect(response.status).toBe(202);
    const job = await call(
      new URL(response.headers.get('Location')!, running.url).pathname,
      'viewer',
    );
    expect(await job.json()).toMatchObject({ Type: 'RebootMachines' });
    const operationId = response.headers.get(operationIdHeader);
    expect(operationId, 'the restart is a shared operation').toBeTruthy();

    // Another admin sees it in the Operations menu's list, with the machine and who did it.
    const list = operationListSchema.parse(
      await call('/api/operations?kind=machine-action', 'admin').then((r) => r.json()),
    );
    expect(list.items.find((item) => item.id === operationId)).toMatchObject({
      kind: 'machine-action',
      startedBy: { name: 'Harper Helpdesk' },
      machineAction: { action: 'restart', machineId: machine.Id, machineName: machine.Name },
      sessionAction: null,
      rollout: null,
    });
    const ended = await followToEnd(operationId!);
    expect(ended.state).toBe('succeeded');
    expect(ended.progress?.state).toBe('Complete');

    const record = await auditOf('machines.restart', machine.Id);
    expect(record).toMatchObject({
      outcome: 'succeeded',
      httpStatus: 202,
      operationId,
      actor: { name: 'Harper Helpdesk' },
    });
    expect(record!.finalResult).toContain('Complete');
    expect(record!.targets[0]).toEqual({ type: 'machine', id: machine.Id, name: machine.Name });
    // The people whose sessions it ends, so each one's history (read by account) shows it.
    expect(record!.targets.slice(1).map((t) => [t.type, t.id])).toEqual(
      accounts.map((account) => ['user', account]),
    );
    const byAccount = auditPageSchema.parse(
      await call(`/api/audit?target=${encodeURIComponent(accounts[0]!)}`, 'viewer').then((r) =>
        r.json(),
      ),
    );
    expect(byAccount.items.map((item) => item.id)).toContain(record!.id);
  });

  it('turns maintenance mode on, and refuses a PATCH that changes more, before the cloud hears of it', async () => {
    const machines = (await call(`${machinesPath}?limit=5`, 'viewer').then((r) => r.json())) as {
      Items: { Id: string; Name: string }[];
    };
    const machine = machines.Items[1]!;
    const patch = (body: unknown) =>
      call(`${machinesPath}/${machine.Id}`, 'helpdesk', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await patch({ InMaintenanceMode: true })).status).toBe(204);
    const after = (await call(`${machinesPath}/${machine.Id}`, 'viewer').then((r) => r.json())) as {
      InMaintenanceMode: boolean;
    };
    expect(after.InMaintenanceMode).toBe(true);
    await expect
      .poll(() => auditOf('machines.maintenance', machine.Id))
      .toMatchObject({ outcome: 'succeeded', request: { InMaintenanceMode: true } });

    const seenBefore = running.relay.seen.length;
    const refused = await patch({ inMaintenanceMode: false, AssignedUsers: ['CONTOSO\\mallory'] });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('AssignedUsers');
    expect(running.relay.seen.slice(seenBefore).filter((line) => line.startsWith('PATCH'))).toEqual(
      [],
    );
  });

  it('follows a maintenance-mode change the cloud runs as a job (as the console sends it) to its end', async () => {
    const machines = (await call(`${machinesPath}?limit=5`, 'viewer').then((r) => r.json())) as {
      Items: { Id: string; Name: string }[];
    };
    const machine = machines.Items[2]!;
    const response = await call(`${machinesPath}/${machine.Id}?async=true`, 'helpdesk', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ InMaintenanceMode: true }),
    });
    expect(response.status).toBe(202);
    const operationId = response.headers.get(operationIdHeader);
    expect(operationId).toBeTruthy();
    const ended = await followToEnd(operationId!);
    expect(ended).toMatchObject({
      state: 'succeeded',
      machineAction: { action: 'maintenance', machineId: machine.Id, maintenanceMode: true },
    });
    expect((await auditOf('machines.maintenance', machine.Id))?.finalResult).toContain('Complete');
  });
});
