import { z } from 'zod/mini';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import type { ApiProblemKind } from './api-problem-wording.ts';
import { proxyCodeToKind } from './proxy-problem-kinds.ts';
import { parseRetryAfter } from './retry-after.ts';

/** What an error body tells us, whichever service wrote it. */
export interface ErrorBodyFacts {
  /** The service's own words, shown to the user as-is. */
  detail?: string;
  /** Set when the body says more about the kind of failure than the status code does. */
  kindHint?: ApiProblemKind;
  retryAfterSeconds?: number;
}

const oauthErrorSchema = z.object({ error: z.string(), error_description: z.optional(z.string()) });
const rejectedOAuthErrors = new Set(['invalid_client', 'unauthorized_client', 'invalid_grant']);

// Rackspace (Nova/Repose) faults: {"overLimit": {"code": 413, "message": "…", "retryAfter": "12"}}.
const rackspaceFaultSchema = z.record(
  z.string(),
  z.object({
    code: z.number(),
    message: z.string(),
    details: z.nullish(z.string()),
    retryAfter: z.optional(z.union([z.string(), z.number()])),
    retryAt: z.optional(z.string()),
  }),
);

// Citrix Cloud's common format ({type, detail, parameters}) and the older ErrorData
// ({ErrorMessage, SdkErrorId}); a body may carry both key sets.
const citrixErrorSchema = z.object({
  type: z.optional(z.string()),
  detail: z.optional(z.string()),
  ErrorMessage: z.optional(z.string()),
});

const catalogServiceErrorSchema = z.object({ message: z.string() });

export function readErrorBody(body: unknown, now = Date.now()): ErrorBodyFacts {
  const proxy = proxyErrorSchema.safeParse(body);
  if (proxy.success) {
    return { detail: proxy.data.error.message, kindHint: proxyCodeToKind(proxy.data.error.code) };
  }
  const oauth = oauthErrorSchema.safeParse(body);
  if (oauth.success) {
    const { error, error_description } = oauth.data;
    const kindHint = rejectedOAuthErrors.has(error) ? 'credentials-rejected' : undefined;
    return { detail: error_description ?? error, kindHint };
  }
  const fault = rackspaceFaultSchema.safeParse(body);
  const faultEntries = fault.success ? Object.entries(fault.data) : [];
  if (faultEntries.length === 1 && faultEntries[0]) {
    const [name, { message, details, retryAfter, retryAt }] = faultEntries[0];
    return {
      detail: details ? `${message} ${details}` : message,
      kindHint: name === 'overLimit' ? 'rate-limited' : undefined,
      retryAfterSeconds: parseRetryAfter(retryAfter ?? retryAt, now),
    };
  }
  const citrix = citrixErrorSchema.safeParse(body);
  if (citrix.success && (citrix.data.detail || citrix.data.ErrorMessage)) {
    return { detail: citrix.data.detail ?? citrix.data.ErrorMessage };
  }
  const catalog = catalogServiceErrorSchema.safeParse(body);
  if (catalog.success) return { detail: catalog.data.message };
  return {};
}
