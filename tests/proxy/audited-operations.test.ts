/**
 * The Audit page's operation filter lists the writes the server audits. Browser and server keep
 * their own lists (the browser never imports server code), so this test keeps them the same.
 */
import { expect, it } from 'vitest';
import { allowlist } from '../../server/proxy/allowlist.ts';
import { auditedOperations } from '../../contracts/audited-operations.ts';
import { planRequests, planSteps } from '../../server/plans/plan-operations.ts';

it('offers every audited write by the id and words the allowlist and the plans record', () => {
  const cloudWrites = allowlist.filter((operation) => operation.write);
  // Reading plans is not audited; everything else done to a plan, or by one, is.
  const planWrites = [...Object.values(planRequests), ...Object.values(planSteps)].filter(
    (operation) => operation !== planRequests.read,
  );
  const writes = new Map([...cloudWrites, ...planWrites].map(({ id, label }) => [id, label]));
  expect(new Map(auditedOperations.map(({ id, label }) => [id, label]))).toEqual(writes);
});
