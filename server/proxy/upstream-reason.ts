import type { CitrixSettings, RackspaceSettings } from './config.ts';

/**
 * Words for why an upstream said no, taken from the error shapes the clouds use: OAuth
 * (`error_description`), Citrix Cloud (`detail`, `ErrorMessage`) and OpenStack faults
 * (`{ "unauthorized": { "message" } }`). Upstream text is scrubbed before anyone sees it.
 */
export function upstreamReason(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  for (const key of ['error_description', 'detail', 'ErrorMessage', 'message', 'error']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  // OpenStack fault: a single key naming the fault, holding { code, message }.
  const [fault] = Object.values(record);
  if (typeof fault === 'object' && fault !== null) {
    const message = (fault as Record<string, unknown>).message;
    if (typeof message === 'string') return message;
  }
  return null;
}

/**
 * What names or proves the server's API client. A refusal echoes the id as readily as the secret
 * ("Client <id> not found"), so none of them may reach a browser or a log.
 */
export function credentialsOf(settings: CitrixSettings | RackspaceSettings): string[] {
  return 'clientSecret' in settings
    ? [settings.clientId, settings.clientSecret]
    : [settings.username, settings.apiKey];
}

/** Replaces every occurrence of a secret with a marker, so upstream text can be shown safely. */
export function scrubSecrets(
  text: string,
  secrets: readonly (string | null | undefined)[],
): string {
  let scrubbed = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) scrubbed = scrubbed.split(secret).join('[redacted]');
  }
  return scrubbed;
}
