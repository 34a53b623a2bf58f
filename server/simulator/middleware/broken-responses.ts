import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';

/** The first half of a body: for a JSON object or array, never valid JSON on its own. */
function firstHalf(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return bytes.slice(0, Math.max(1, Math.floor(bytes.length / 2)));
}

function headersOf(response: Response, contentLength: number): Headers {
  const headers = new Headers(response.headers);
  headers.set('Content-Length', String(contentLength));
  return headers;
}

/**
 * SIM_FAULT_MALFORMED_RATE: the answer a misbehaving gateway or a cut-and-retried transfer gives,
 * a 200 whose JSON body stops halfway. `Content-Length` matches what is sent, so only a parser
 * can tell.
 */
export async function truncateBody(response: Response): Promise<Response> {
  const partial = firstHalf(new Uint8Array(await response.arrayBuffer()));
  return new Response(partial, {
    status: response.status,
    headers: headersOf(response, partial.length),
  });
}

/**
 * SIM_FAULT_RESET_RATE: announces the whole body, sends half of it, then destroys the socket, as a
 * dropped connection or a crashed upstream would. Over HTTP the socket itself is cut; in memory
 * (`app.request()` in tests) the body stream errors instead, which is what a client sees.
 */
export async function resetMidBody(c: Context, response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const partial = firstHalf(bytes);
  const headers = headersOf(response, bytes.length);
  // Present when served by @hono/node-server; absent for `app.request()`.
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (outgoing) {
    outgoing.writeHead(response.status, Object.fromEntries(headers));
    outgoing.write(partial, () => outgoing.destroy());
    return RESPONSE_ALREADY_SENT;
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(partial);
      controller.error(new Error('simulated connection reset'));
    },
  });
  return new Response(body, { status: response.status, headers });
}
