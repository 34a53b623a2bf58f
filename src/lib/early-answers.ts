/**
 * Reads sent before the app's code has arrived, and handed to the app's own identical request.
 *
 * A page's first read used to start once its code had loaded and run: on a phone's connection,
 * after a second or more of scripts. The early-reads entry (`src/early-reads/`), a few KB
 * that the HTML loads on its own, sends the page's reads at once (`sendEarly`). When the
 * app then makes the same request (same method, address and body), its fetch is handed the answer
 * that is already there or on its way (`withEarlyAnswers`, the API clients' fetch), once.
 *
 * Nothing else changes for the app: the answer goes through the same client, its errors and
 * hooks (a signed-out answer sends the person to sign in, as always). An early read that fails to
 * arrive is forgotten and the app asks again; so is one the app has not asked for in time.
 */

/** A read the early-reads entry sends: an address under the console's origin, a JSON body. */
export interface EarlyRead {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
}

/**
 * How long an early answer waits for the app. Longer than a slow phone takes to load the code;
 * short enough that an answer nobody took is not shown as fresh much later.
 */
const earlyAnswerLifetimeMs = 20_000;

const pending = new Map<string, Promise<Response>>();

/**
 * Reads the app has sent itself while early reads may still go out (the page's first seconds):
 * an early copy of one would be read by nobody. The app and the early reads both wait for the
 * connection to name the Citrix site, and the app's read under it can go out first.
 */
const askedByApp = new Set<string>();
const loadedAt = Date.now();
const earlyReadsMayGoOut = () => Date.now() - loadedAt < earlyAnswerLifetimeMs;

const keyOf = (method: string, url: string, body: string) => `${method} ${url}\n${body}`;

/**
 * Early reads that go out once an answer names them (the Citrix site's, once the connection
 * names the site), by the address they go under. The app's read under that address waits for
 * them a moment, so that it takes one up rather than racing it: it needs the same answer, so
 * they are due as it is sent. Never longer than `longestWaitForEarlyMs`.
 */
const comingUnder = new Map<string, Promise<unknown>>();
const longestWaitForEarlyMs = 1_000;

/** Says that early reads under `prefix` go out when `sending` settles (see `comingUnder`). */
export function sendingSoonUnder(prefix: string, sending: Promise<unknown>): void {
  const settled = sending.catch(() => undefined);
  comingUnder.set(prefix, settled);
  void settled.then(() => {
    if (comingUnder.get(prefix) === settled) comingUnder.delete(prefix);
  });
}

/** Waits for early reads on their way under the request's address; at most a moment. */
async function earlyReadsUnder(url: string): Promise<void> {
  const { pathname } = new URL(url);
  const coming = [...comingUnder].filter(([prefix]) => pathname.startsWith(prefix));
  if (coming.length === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitedEnough = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, longestWaitForEarlyMs);
  });
  await Promise.race([Promise.all(coming.map(([, sending]) => sending)), waitedEnough]);
  clearTimeout(timer);
}

/**
 * Sends a read now; the app's identical request takes its answer up (`withEarlyAnswers`). The
 * answer, for the early reads that need it (one that is read further must clone it: the app
 * reads the body); null when the app has sent this read itself already.
 */
export function sendEarly(read: EarlyRead, send: typeof fetch = fetch): Promise<Response> | null {
  const url = new URL(read.url, window.location.origin).toString();
  const key = keyOf(read.method, url, read.body ?? '');
  if (askedByApp.has(key)) return null;
  const sent = pending.get(key);
  if (sent) return sent;
  const answer = send(url, {
    method: read.method,
    // As the API clients send them (`api-clients.ts`).
    headers: {
      Accept: 'application/json',
      ...(read.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: read.body,
    credentials: 'same-origin',
  });
  pending.set(key, answer);
  answer.catch(() => {
    if (pending.get(key) === answer) pending.delete(key);
  });
  setTimeout(() => {
    if (pending.get(key) !== answer) return;
    pending.delete(key);
    // Until its body is read or cancelled the browser counts the request as still loading and
    // keeps what it holds for it.
    answer.then((response) => response.body?.cancel()).catch(() => undefined);
  }, earlyAnswerLifetimeMs);
  return answer;
}

/**
 * A fetch that hands a request the early answer to the same request, once, and otherwise asks
 * `fetch`. The request's signal still applies: aborted, it rejects as a fetch would, and leaves
 * the answer to the next identical request.
 */
export function withEarlyAnswers(fetchRequest: typeof fetch): typeof fetch {
  return async (input, init) => {
    if (comingUnder.size > 0 && input instanceof Request) await earlyReadsUnder(input.url);
    if ((pending.size > 0 || earlyReadsMayGoOut()) && input instanceof Request) {
      const key = keyOf(input.method, input.url, await input.clone().text());
      if (earlyReadsMayGoOut()) askedByApp.add(key);
      const answer = pending.get(key);
      if (answer) {
        pending.delete(key);
        let early: Response | null;
        try {
          early = await settled(answer, input.signal);
        } catch (aborted) {
          // Not used: the next identical request takes it (React running a page's effects twice
          // in development aborts the first, and the query asks again at once).
          if (!pending.has(key)) pending.set(key, answer);
          throw aborted;
        }
        if (early) {
          performance.mark('daas-console:early-answer-taken', { detail: input.url });
          return early;
        }
      }
    }
    return fetchRequest(input, init);
  };
}

/** The early answer, or null when it failed to arrive; rejects when the signal aborts first. */
function settled(answer: Promise<Response>, signal: AbortSignal): Promise<Response | null> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    answer
      .then(
        (response) => resolve(response),
        () => resolve(null),
      )
      .finally(() => signal.removeEventListener('abort', abort));
  });
}
