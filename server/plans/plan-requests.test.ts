/** `/api/plans` refuses what a role may not do (audited, as cloud writes are) and explains bad drafts. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditPageSchema } from '../../contracts/identity-api.ts';
import { pickPlanTargets, startPlanWorld, type PlanWorld } from './testing/plan-world.ts';

let world: PlanWorld;
beforeAll(async () => {
  world = await startPlanWorld();
}, 60_000);
afterAll(() => world?.close());

it('lets viewers read plans but not schedule them, and records the refusal', async () => {
  const { image, catalogs } = await pickPlanTargets(world, 1);
  const draft = world.draft(image.id, [[catalogs[0]!.id]]);
  const refused = await world.call('/api/plans', 'viewer', {
    method: 'POST',
    body: JSON.stringify(draft),
  });
  expect(refused.status).toBe(403);
  expect((await refused.json()).error).toEqual({
    code: 'forbidden',
    message: 'Your role, viewer, cannot schedule rollout plans.',
  });
  const plan = await world.schedule(draft);
  const cancel = await world.call(`/api/plans/${plan.id}/cancel`, 'helpdesk', { method: 'POST' });
  expect(cancel.status).toBe(403);
  const list = await world.call('/api/plans?state=scheduled', 'viewer').then((r) => r.json());
  expect(list.items.map((p: { id: string }) => p.id)).toContain(plan.id);
  expect(Date.parse(list.serverNow)).toBe(world.clock.now());
  const trail = auditPageSchema.parse(
    await world
      .call('/api/audit?outcome=refused&operation=plans.create', 'viewer')
      .then((r) => r.json()),
  );
  expect(trail.items[0]).toMatchObject({
    actor: { role: 'viewer' },
    reason: expect.stringMatching(/cannot schedule/),
  });
});

it('explains every bad field of a draft in words, and stores nothing', async () => {
  const { image, catalogs } = await pickPlanTargets(world, 1);
  const id = catalogs[0]!.id;
  const draft = world.draft(image.id, [[id], [id, 'no-such-catalog'], []], {
    startAt: new Date(world.clock.now() - 24 * 3_600_000).toISOString(),
    windowMinutes: 5,
    timeZone: 'Mars/Olympus',
    restart: { vdaUpdateDelay: 20_000, warningTitle: 'Two\nlines', warningMessage: null },
  });
  const response = await world.call('/api/plans', 'admin', {
    method: 'POST',
    body: JSON.stringify(draft),
  });
  expect(response.status).toBe(400);
  const { message } = (await response.json()).error as { message: string };
  for (const words of [
    'restart.vdaUpdateDelay must be -1',
    'The warning title must be one line',
    'wave 3 has no catalogs',
    `${id} appear more than once`,
    'is in the past',
    'windowMinutes must be a whole number from 15 to 1440',
    'is not an IANA time zone',
  ]) {
    expect(message).toContain(words);
  }
  const unknown = world.draft(image.id, [['no-such-catalog']]);
  const missing = await world.call('/api/plans', 'admin', {
    method: 'POST',
    body: JSON.stringify(unknown),
  });
  expect((await missing.json()).error.message).toContain(
    'The catalog no-such-catalog does not exist',
  );
  const notJson = await world.call('/api/plans', 'admin', { method: 'POST', body: '{' });
  expect(notJson.status).toBe(400);
});
