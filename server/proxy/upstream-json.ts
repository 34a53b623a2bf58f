/** Small JSON calls the proxy makes on its own behalf (token, discovery, connection tests). */
import { toProblem } from './errors.ts';

export interface JsonAnswer {
  status: number;
  ok: boolean;
  body: unknown;
}

/** Reads a response body as JSON, or null when it is not JSON. */
async function readJsonOrNull(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Sends one request and reads its JSON answer; network failures and timeouts become
 * upstream_unreachable / upstream_timeout problems naming `what` was called.
 */
export async function requestJson(
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: string | URLSearchParams },
  timeoutMs: number,
  what: string,
): Promise<JsonAnswer> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, ok: response.ok, body: await readJsonOrNull(response) };
  } catch (error) {
    throw toProblem(error, what);
  }
}
