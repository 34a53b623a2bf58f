import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';

/**
 * Every Cloud Servers answer carries `X-Compute-Request-Id: req-<uuid>`, a new one per request
 * (seed 004; Nova's compute_req_id middleware), errors and faults included.
 */
export const computeRequestId = createMiddleware(async (c, next) => {
  const requestId = `req-${randomUUID()}`;
  // Set before the handler too: an answer cut mid-body (SIM_FAULT_RESET_RATE) sends its headers
  // before this middleware sees it again.
  c.header('X-Compute-Request-Id', requestId);
  await next();
  c.res.headers.set('X-Compute-Request-Id', requestId);
});
