/** Client-credentials token for Citrix Cloud (section 1.1 of the Citrix notes). */
import { z } from 'zod';
import type { CitrixSettings } from './config.ts';
import { ProxyProblem } from './errors.ts';
import type { MintedToken } from './token-cache.ts';
import { requestJson } from './upstream-json.ts';
import { credentialsOf, scrubSecrets, upstreamReason } from './upstream-reason.ts';

// `expires_in` is a string in Citrix Cloud's answers (a number in plain OAuth); accept both.
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.union([z.string(), z.number()]).optional(),
});

const defaultLifetimeSeconds = 3600;

export async function mintCitrixToken(
  settings: CitrixSettings,
  tokenUrl: string,
  timeoutMs: number,
): Promise<MintedToken> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: settings.clientId,
    client_secret: settings.clientSecret,
  });
  const headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/json',
  };
  const answer = await requestJson(
    tokenUrl,
    { method: 'POST', headers, body: form },
    timeoutMs,
    'The Citrix Cloud token endpoint',
  );
  if (!answer.ok) {
    const reason = scrubSecrets(
      upstreamReason(answer.body) ?? `HTTP ${answer.status}`,
      credentialsOf(settings),
    );
    // A 5xx is the token service failing, not a verdict on the credentials.
    if (answer.status >= 500) {
      const message = `The Citrix Cloud token endpoint failed (${answer.status}): ${reason}`;
      throw new ProxyProblem('upstream_unreachable', message);
    }
    const message = `Citrix Cloud rejected the server's API client (${answer.status}): ${reason}`;
    throw new ProxyProblem('credentials_rejected', message);
  }
  const parsed = tokenResponseSchema.safeParse(answer.body);
  if (!parsed.success) {
    throw new ProxyProblem('credentials_rejected', 'Citrix Cloud answered without a token.');
  }
  const seconds = Number(parsed.data.expires_in ?? defaultLifetimeSeconds);
  const lifetimeSeconds =
    Number.isFinite(seconds) && seconds > 0 ? seconds : defaultLifetimeSeconds;
  return { token: parsed.data.access_token, lifetimeMs: lifetimeSeconds * 1000 };
}
