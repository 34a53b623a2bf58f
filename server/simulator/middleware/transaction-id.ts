import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';

/**
 * Citrix APIs echo the caller's `Citrix-TransactionId`, or generate a GUID, on every response
 * (reference/citrix-notes.md §2.1), errors included.
 */
export const citrixTransactionId = createMiddleware(async (c, next) => {
  const transactionId = c.req.header('Citrix-TransactionId') || randomUUID();
  await next();
  c.res.headers.set('Citrix-TransactionId', transactionId);
});
