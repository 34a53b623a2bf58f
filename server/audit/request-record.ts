/**
 * What of a write's request goes into the audit trail: its JSON body with every value whose name
 * suggests a secret replaced, and the targets its path and body name.
 */
import type { AuditTarget } from '../../contracts/identity-api.ts';
import type { MatchedOperation } from '../proxy/allowlist.ts';

const secretName = /pass(word)?|secret|token|api-?key|credential|authorization|cookie/i;
const maxStoredBytes = 16 * 1024;

/** The body as stored: parsed JSON with secrets redacted, a note for non-JSON, null for none. */
export function recordedBody(body: Buffer | null): unknown {
  if (!body || body.length === 0) return null;
  if (body.length > maxStoredBytes) return { note: `A body of ${body.length} bytes, not stored.` };
  try {
    return redactSecrets(JSON.parse(body.toString('utf8')) as unknown);
  } catch {
    return { note: `A body of ${body.length} bytes that is not JSON, not stored.` };
  }
}

export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      secretName.test(key) ? '[redacted]' : redactSecrets(inner),
    ]),
  );
}

/** The objects a write acts on, by id; names are filled in by the target lookup when it can. */
export function targetsOf(match: MatchedOperation, body: unknown): AuditTarget[] {
  const { params } = match;
  const targets: AuditTarget[] = [];
  if (params.sessionId) targets.push({ type: 'session', id: params.sessionId, name: null });
  if (params.machineId) targets.push({ type: 'machine', id: params.machineId, name: null });
  if (params.catalogId) targets.push({ type: 'catalog', id: params.catalogId, name: null });
  const templateId = (body as { templateId?: unknown } | null)?.templateId;
  if (typeof templateId === 'string') targets.push({ type: 'image', id: templateId, name: null });
  return targets;
}
