/**
 * Machines, and the session endpoints behind the help desk's "machine behind the session", served
 * by the simulator over real HTTP and checked against the official 2023 schemas. The 2023 subset
 * has the machine models but not the Machines paths; those follow the current generated SDK docs
 * (`MachinesAPIsDAAS.md`): `MachineResponseModelCollection` is written here from its model doc.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  documentedSchema,
  expectInvalid,
  expectValid,
  specSchema,
  specsDir,
  specFiles,
} from './specs.ts';
import { startCvadSimulator, type CvadSimulator } from './cvad-simulator.ts';
import { tickSimulator } from '../support/simulator-clock.ts';

let cvad: CvadSimulator;
const enums = JSON.parse(readFileSync(path.join(specsDir, 'enums-cvad.json'), 'utf8')) as Record<
  string,
  string[]
>;
const post = (route: string, body?: unknown) =>
  cvad.call(route, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

/** `MachineResponseModelCollection` (cvad-models doc): Items required, the rest nullable. */
function machineCollection() {
  specSchema('cvad', 'MachineResponseModel'); // registers the spec, so the $ref resolves
  return documentedSchema({
    type: 'object',
    required: ['Items'],
    properties: {
      Items: {
        type: 'array',
        items: { $ref: `${specFiles.cvad}#/components/schemas/MachineResponseModel` },
      },
      ContinuationToken: { type: ['string', 'null'] },
      TotalItems: { type: ['integer', 'null'] },
    },
  });
}

interface Machine {
  Id: string;
  Name: string;
  SessionCount: number;
  PowerState: string;
  RegistrationState: string;
  SummaryState: string;
}

beforeAll(async () => {
  cvad = await startCvadSimulator({ sessions: 400 });
});
afterAll(() => cvad.sim.close());

describe('Machines against the 2023 machine models', () => {
  it('GET /Machines is a MachineResponseModelCollection of documented enums, without TotalItems', async () => {
    const response = await cvad.call('/Machines?limit=1000');
    expect(response.status).toBe(200);
    const page = (await response.json()) as { Items: Machine[] };
    const validate = machineCollection();
    expectValid(validate, page);
    expectInvalid(validate, { Items: [{ Name: 'no Id' }] });
    expect(page).not.toHaveProperty('TotalItems');
    for (const machine of page.Items) {
      expect(enums.PowerState).toContain(machine.PowerState);
      expect(enums.RegistrationState).toContain(machine.RegistrationState);
      expect(enums.SummaryState).toContain(machine.SummaryState);
    }
  });

  it('POST /Machines/$search takes a MachineAndSessionSearchRequestModel and counts TotalItems', async () => {
    const body = {
      SearchFilters: [{ Property: 'RegistrationState', Operator: 'Equals', Value: 'Registered' }],
      SearchFilterGroups: [
        {
          SearchFilterGroupType: 'Or',
          SearchFilters: [
            { Property: 'InMaintenanceMode', Operator: 'Equals', Value: 'false' },
            { Property: 'ImageOutOfDate', Operator: 'Equals', Value: 'true' },
          ],
        },
      ],
      SortCriteria: { Property: 'MachineName', SortDirection: 'Ascending' },
    };
    expectValid(specSchema('cvad', 'MachineAndSessionSearchRequestModel'), body);
    for (const property of [
      'RegistrationState',
      'InMaintenanceMode',
      'ImageOutOfDate',
      'MachineName',
    ]) {
      expect(enums.MachineAndSessionSearchProperty).toContain(property);
    }
    const response = await post('/Machines/$search?limit=10', body);
    const page = (await response.json()) as { Items: Machine[]; TotalItems: number };
    expectValid(machineCollection(), page);
    expect(page.TotalItems).toBeGreaterThan(10);
    expect(page.Items.every((m) => m.RegistrationState === 'Registered')).toBe(true);
  });

  it('one machine, the machine behind a session and a synchronous $reboot are MachineDetailResponseModels', async () => {
    const { Items } = (await (await cvad.call('/Sessions?limit=1')).json()) as {
      Items: { Id: string; Machine: { Id: string } }[];
    };
    const validate = specSchema('cvad', 'MachineDetailResponseModel');
    const machine = await (await cvad.call(`/Machines/${Items[0]!.Machine.Id}`)).json();
    expectValid(validate, machine);
    expectInvalid(validate, { ...(machine as object), SessionsPending: undefined });
    expectValid(validate, await (await cvad.call(`/Sessions/${Items[0]!.Id}/Machine`)).json());
    const sessions = await cvad.call(`/Machines/${Items[0]!.Machine.Id}/Sessions`);
    expectValid(specSchema('cvad', 'SessionResponseModelCollection'), await sessions.json());
    const rebooted = await post(`/Machines/${Items[0]!.Machine.Id}/$reboot`);
    expect(rebooted.status).toBe(200);
    expectValid(validate, await rebooted.json());
  });

  it('async $reboot and maintenance PATCH are JobResponseModels of documented job types', async () => {
    const { Items } = (await (await cvad.call('/Machines?limit=3')).json()) as { Items: Machine[] };
    const reboot = await post(`/Machines/${Items[1]!.Id}/$reboot?async=true`);
    const update = await cvad.call(`/Machines/${Items[2]!.Id}?async=true`, {
      method: 'PATCH',
      body: JSON.stringify({ InMaintenanceMode: true }),
    });
    const synchronous = await cvad.call(`/Machines/${Items[2]!.Id}`, {
      method: 'PATCH',
      body: JSON.stringify({ InMaintenanceMode: false }),
    });
    expect([reboot.status, update.status, synchronous.status]).toEqual([202, 202, 204]);
    await tickSimulator(cvad.sim, 5);
    for (const [accepted, type] of [
      [reboot, 'RebootMachines'],
      [update, 'UpdateMachineCatalogMachine'],
    ] as const) {
      const job = (await (await cvad.call(cvad.jobPath(accepted))).json()) as Record<
        string,
        unknown
      >;
      expectValid(specSchema('cvad', 'JobResponseModel'), job);
      expect(enums.JobType).toContain(type);
      expect(job).toMatchObject({ Type: type, Status: 'Complete' });
    }
  });

  it('an unknown machine and a refused search are ErrorData', async () => {
    const missing = await cvad.call('/Machines/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expectValid(specSchema('cvad', 'ErrorData'), await missing.json());
    const refused = await post('/Machines/$search', {
      SearchFilters: [{ Property: 'Nope', Operator: 'Equals', Value: '' }],
    });
    expect(refused.status).toBe(400);
    expectValid(specSchema('cvad', 'ErrorData'), await refused.json());
  });
});

describe('session applications, $hide and $unhide against the 2023 spec', () => {
  it('GET /Sessions/{id}/Applications is an ApplicationResponseModelCollection', async () => {
    const search = await post('/Sessions/$search?limit=5', {
      SearchFilters: [{ Property: 'AppState', Operator: 'Equals', Value: 'Active' }],
    });
    const { Items } = (await search.json()) as { Items: { Id: string }[] };
    const validate = specSchema('cvad', 'ApplicationResponseModelCollection');
    for (const session of Items) {
      const apps = (await (await cvad.call(`/Sessions/${session.Id}/Applications`)).json()) as {
        Items: unknown[];
      };
      expectValid(validate, apps);
      expect(apps.Items.length).toBeGreaterThan(0);
    }
    expectInvalid(validate, { Items: [{ Id: 'x', Name: 'no required fields' }] });
  });

  it('$hide and $unhide answer 204 with no body, or 202 + Location to a HideSession job', async () => {
    const { Items } = (await (await cvad.call('/Sessions?limit=1&skip=0')).json()) as {
      Items: { Id: string }[];
    };
    const hidden = await post(`/Sessions/${Items[0]!.Id}/$hide`);
    expect(hidden.status).toBe(204);
    expect(await hidden.text()).toBe('');
    const session = await (await cvad.call(`/Sessions/${Items[0]!.Id}`)).json();
    expectValid(specSchema('cvad', 'SessionResponseModel'), session);
    expect(session).toMatchObject({ IsHidden: true });
    const unhide = await post(`/Sessions/${Items[0]!.Id}/$unhide`);
    expect(unhide.status).toBe(204);
    const job = await post(`/Sessions/${Items[0]!.Id}/$hide?async=true`);
    expect(job.status).toBe(202);
    const body = (await (await cvad.call(cvad.jobPath(job))).json()) as { Type: string };
    expectValid(specSchema('cvad', 'JobResponseModel'), body);
    expect(enums.JobType).toContain(body.Type);
    expect(body.Type).toBe('HideSession');
  });
});
