/**
 * A success body that announced JSON and does not parse: cut short or garbled on its way, as a
 * reset connection or a misbehaving gateway leaves it. Asking again usually gets it whole.
 */
export class IncompleteJsonError extends Error {
  override name = 'IncompleteJsonError';
}

/** ky `parseJson`: tells a garbled JSON body apart from a page that was never JSON at all. */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // An HTML page is a request answered by the wrong server (e.g. the SPA fallback for a path
    // the proxy does not serve): asking again gets the same page, so it stays a SyntaxError.
    if (/^\s*</.test(text)) throw error;
    throw new IncompleteJsonError(
      `The response body is not valid JSON (${text.length} characters received).`,
      { cause: error },
    );
  }
}
