/** Sessions and Jobs served by the simulator, over real HTTP, against the official 2023 schemas. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  expectInvalid,
  expectValid,
  seedExample,
  seedFiles,
  specSchema,
  specsDir,
} from './specs.ts';
import { startCvadSimulator, type CvadSimulator } from './cvad-simulator.ts';
import { tickSimulator } from '../support/simulator-clock.ts';

let cvad: CvadSimulator;
const call = (route: string, init: RequestInit = {}) => cvad.call(route, init);
const enums = JSON.parse(readFileSync(path.join(specsDir, 'enums-cvad.json'), 'utf8')) as Record<
  string,
  string[]
>;

beforeAll(async () => {
  cvad = await startCvadSimulator({ sessions: 400 });
});
afterAll(() => cvad.sim.close());

/** Key paths of `expected` (an object, its objects and first array items) missing from `actual`. */
function missingKeys(expected: unknown, actual: unknown, at = ''): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || expected.length === 0 || actual.length === 0) return [];
    return missingKeys(expected[0], actual[0], `${at}[]`);
  }
  if (expected === null || typeof expected !== 'object') return [];
  if (actual === null || typeof actual !== 'object') return [at];
  return Object.entries(expected).flatMap(([key, value]) =>
    key in actual
      ? missingKeys(value, (actual as Record<string, unknown>)[key], `${at}.${key}`)
      : [`${at}.${key}`],
  );
}

describe('Sessions against cvad-sessions-jobs-me-subset-2023.json', () => {
  it('GET /Sessions is a SessionResponseModelCollection, without TotalItems (a $search field)', async () => {
    const response = await call('/Sessions?limit=50');
    expect(response.status).toBe(200);
    const page = (await response.json()) as Record<string, unknown>;
    expectValid(specSchema('cvad', 'SessionResponseModelCollection'), page);
    expect(page).not.toHaveProperty('TotalItems');
  });

  it('the schema takes null where seed 003 shows null, and still checks types there', async () => {
    const validate = specSchema('cvad', 'SessionResponseModel');
    const { Items } = (await (await call('/Sessions?limit=1')).json()) as {
      Items: Record<string, Record<string, unknown>>[];
    };
    const session = Items[0]!;
    expectValid(validate, { ...session, Client: { ...session.Client, DeviceId: null } });
    expectInvalid(validate, { ...session, Client: { ...session.Client, DeviceId: 5 } });
    // Seed 003 never shows State as null: it stays a required enum.
    expectInvalid(validate, { ...session, State: null });
  });

  it('writes out every field seed 003 shows for a session, with null where it has no value', async () => {
    const seed = seedExample(seedFiles.sessions) as { Items: unknown[] };
    const page = (await (await call('/Sessions?limit=100')).json()) as { Items: unknown[] };
    expectValid(specSchema('cvad', 'SessionResponseModelCollection'), page);
    const missing = new Set(page.Items.flatMap((session) => missingKeys(seed.Items[0], session)));
    expect([...missing]).toEqual([]);
  });

  it('$search with a body that is a MachineAndSessionSearchRequestModel answers a collection', async () => {
    const body = {
      SearchFilters: [{ Property: 'SessionState', Operator: 'Equals', Value: 'Active' }],
      SearchFilterGroups: [
        {
          SearchFilterGroupType: 'Or',
          SearchFilters: [{ Property: 'UserName', Operator: 'Contains', Value: 'a' }],
        },
      ],
      SortCriteria: { Property: 'StartTime', SortDirection: 'Descending' },
    };
    expectValid(specSchema('cvad', 'MachineAndSessionSearchRequestModel'), body);
    const response = await call('/Sessions/$search?limit=20', {
      method: 'POST',
      body: JSON.stringify(body),
    });
    const page = (await response.json()) as { Items: { State: string }[]; TotalItems: number };
    expectValid(specSchema('cvad', 'SessionResponseModelCollection'), page);
    expect(page.TotalItems).toBeGreaterThan(20);
    expect(page.Items.every((s) => s.State === 'Active')).toBe(true);
  });

  it('one session, and the session a synchronous disconnect returns, are SessionResponseModels', async () => {
    const { Items } = (await (await call('/Sessions?limit=1')).json()) as {
      Items: { Id: string }[];
    };
    const id = Items[0]!.Id;
    expectValid(
      specSchema('cvad', 'SessionResponseModel'),
      await (await call(`/Sessions/${id}`)).json(),
    );
    const disconnected = await call(`/Sessions/${id}/$disconnect`, { method: 'POST' });
    expectValid(specSchema('cvad', 'SessionResponseModel'), await disconnected.json());
  });

  it('an async log-off job is a JobResponseModel with documented enums, from InProgress to Complete', async () => {
    const { Items } = (await (await call('/Sessions?limit=1&fields=Id')).json()) as {
      Items: { Id: string }[];
    };
    const started = await call(`/Sessions/${Items[0]!.Id}/$logoff?async=true`, { method: 'POST' });
    expect(started.status).toBe(202);
    const jobPath = cvad.jobPath(started);
    const statuses = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const job = (await (await call(jobPath)).json()) as { Status: string; Type: string };
      expectValid(specSchema('cvad', 'JobResponseModel'), job);
      expect(enums.JobStatus).toContain(job.Status);
      expect(enums.JobType).toContain(job.Type);
      statuses.add(job.Status);
      if (job.Status === 'Complete') break;
      await tickSimulator(cvad.sim, 0.2);
    }
    expect([...statuses]).toEqual(['InProgress', 'Complete']);
    expectValid(
      specSchema('cvad', 'JobResponseModelCollection'),
      await (await call('/Jobs')).json(),
    );
  });

  it.each([
    ['a limit above 1000', '/Sessions?limit=1001', undefined],
    ['a forged continuation token', '/Sessions?continuationToken=abc.def', undefined],
    [
      'an unknown search property',
      '/Sessions/$search',
      { SearchFilters: [{ Property: 'Nope', Operator: 'Equals', Value: '' }] },
    ],
  ])('%s is refused with a 400 ErrorData', async (_what, route, body) => {
    const response = await call(route, body ? { method: 'POST', body: JSON.stringify(body) } : {});
    expect(response.status).toBe(400);
    expectValid(specSchema('cvad', 'ErrorData'), await response.json());
  });

  it('$search binds camelCase keys as PascalCase ones, and refuses a body that is not JSON with a 400 ErrorData', async () => {
    const pascal = {
      SearchFilters: [{ Property: 'SessionState', Operator: 'Equals', Value: 'Active' }],
    };
    const camel = {
      searchFilters: [{ property: 'SessionState', operator: 'Equals', value: 'Active' }],
    };
    const totals = [];
    for (const body of [pascal, camel]) {
      const response = await call('/Sessions/$search?limit=5', {
        method: 'POST',
        body: JSON.stringify(body),
      });
      const page = (await response.json()) as { TotalItems: number };
      expectValid(specSchema('cvad', 'SessionResponseModelCollection'), page);
      totals.push(page.TotalItems);
    }
    const everything = (await (
      await call('/Sessions/$search?limit=1', { method: 'POST', body: '{}' })
    ).json()) as { TotalItems: number };
    expect(totals[1]).toBe(totals[0]);
    expect(totals[0]).toBeLessThan(everything.TotalItems);

    const broken = await call('/Sessions/$search', { method: 'POST', body: 'SearchFilters=x' });
    expect(broken.status).toBe(400);
    expectValid(specSchema('cvad', 'ErrorData'), await broken.json());
  });

  it('an unknown session is a 404 ErrorData', async () => {
    const response = await call('/Sessions/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expectValid(specSchema('cvad', 'ErrorData'), await response.json());
  });
});
