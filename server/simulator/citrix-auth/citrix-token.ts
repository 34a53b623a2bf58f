import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SimulatorContext } from '../context.ts';

/** RFC 6749 §5.2 error body, as the Go SDK reads it (`error`, `error_description`). */
function oauthError(c: Context, status: ContentfulStatusCode, error: string, description: string) {
  c.header('Cache-Control', 'no-store');
  return c.json({ error, error_description: description }, status);
}

/** RFC 6749 §2.3.1 also allows the client credentials in a Basic Authorization header. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = header ? /^\s*basic\s+(\S+)\s*$/i.exec(header) : null;
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return {
    id: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}

/**
 * `POST /cctrustoauth2/{customerId|root}/tokens/clients`: the Citrix Cloud client-credentials grant
 * (reference/citrix-notes.md §1.1). `expires_in` is a string, as Citrix sends it.
 */
export function citrixTokenRoutes(ctx: SimulatorContext) {
  const routes = new Hono();
  const demo = ctx.dataset.credentials.citrix;

  routes.post('/:customer/tokens/clients', async (c) => {
    const contentType = c.req.header('Content-Type') ?? '';
    if (!/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
      return oauthError(
        c,
        400,
        'invalid_request',
        'Content-Type must be application/x-www-form-urlencoded',
      );
    }
    const form = new URLSearchParams(await c.req.text());
    const grantType = form.get('grant_type');
    const basic = basicCredentials(c.req.header('Authorization'));
    const clientId = form.get('client_id') ?? basic?.id;
    const clientSecret = form.get('client_secret') ?? basic?.secret;
    if (!grantType) return oauthError(c, 400, 'invalid_request', 'Missing grant_type');
    if (grantType !== 'client_credentials') {
      return oauthError(c, 400, 'unsupported_grant_type', `Unsupported grant_type: ${grantType}`);
    }
    if (!clientId || !clientSecret) {
      return oauthError(c, 400, 'invalid_request', 'Missing client_id or client_secret');
    }
    const customer = c.req.param('customer');
    const customerMatches = customer.toLowerCase() === 'root' || customer === demo.customerId;
    if (clientId !== demo.clientId || clientSecret !== demo.clientSecret || !customerMatches) {
      return oauthError(c, 401, 'invalid_client', 'Client authentication failed');
    }
    const ttl = ctx.config.citrixTokenTtlSeconds;
    const token = ctx.citrixTokens.issue({ customerId: demo.customerId, clientId }, ttl);
    ctx.stats.tokensIssued.citrix += 1;
    c.header('Cache-Control', 'no-store');
    return c.json({ token_type: 'bearer', access_token: token.id, expires_in: String(ttl) });
  });

  routes.all('*', (c) => oauthError(c, 404, 'invalid_request', 'Unknown token endpoint'));
  return routes;
}
