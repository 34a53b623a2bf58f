/**
 * The Audit page's operation filter lists the writes the server audits. Browser and server keep
 * their own lists (the browser never imports server code), so this test keeps them the same.
 */
import { expect, it } from 'vitest';
import { allowlist } from '../../server/proxy/allowlist.ts';
import { auditedOperations } from '../../contracts/audited-operations.ts';

it('offers every audited write by the id and words the allowlist records', () => {
  const writes = new Map(
    allowlist.filter((operation) => operation.write).map(({ id, label }) => [id, label]),
  );
  expect(new Map(auditedOperations.map(({ id, label }) => [id, label]))).toEqual(writes);
});
