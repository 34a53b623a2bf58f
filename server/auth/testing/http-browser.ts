/**
 * Just enough of a browser for sign-in tests: plain fetch, redirects followed by hand (so each
 * hop can be inspected) and a cookie jar per host. Cookie paths are ignored: sending a cookie to
 * more paths of its own host changes nothing the tests look at.
 */
export interface Visit {
  method: string;
  url: URL;
  status: number;
  headers: Headers;
  body: string;
}

export interface RequestOptions {
  method?: string;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface HttpBrowser {
  request(url: URL, options?: RequestOptions): Promise<Visit>;
  /** Requests `url`, then follows redirects (as GET after 302/303) until `stopAt` or no redirect. */
  follow(
    url: URL,
    options?: RequestOptions & { stopAt?: (visit: Visit) => boolean },
  ): Promise<{ final: Visit; visits: Visit[] }>;
  cookie(url: URL, name: string): string | undefined;
}

export interface HttpBrowserOptions {
  /** What sends the requests: a benchmark's TLS front needs one that trusts its certificate. */
  fetch?: typeof fetch;
}

export function createHttpBrowser(options: HttpBrowserOptions = {}): HttpBrowser {
  const send = options.fetch ?? fetch;
  const jar = new Map<string, Map<string, string>>();
  const cookiesOf = (url: URL) => {
    let cookies = jar.get(url.host);
    if (!cookies) jar.set(url.host, (cookies = new Map()));
    return cookies;
  };

  const request = async (url: URL, options: RequestOptions = {}): Promise<Visit> => {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = { ...options.headers };
    const cookies = [...cookiesOf(url)].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookies) headers.cookie = cookies;
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await send(url, { method, headers, body, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = setCookie.split(';');
      const split = pair.indexOf('=');
      const name = pair.slice(0, split).trim();
      const expired =
        attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) ||
        /expires=thu, 01 jan 1970/i.test(setCookie);
      if (expired) cookiesOf(url).delete(name);
      else cookiesOf(url).set(name, pair.slice(split + 1).trim());
    }
    return {
      method,
      url,
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    };
  };

  return {
    request,
    async follow(url, options = {}) {
      const visits = [await request(url, options)];
      for (let hop = 0; hop < 20; hop += 1) {
        const last = visits.at(-1)!;
        const location = last.headers.get('location');
        if (options.stopAt?.(last) || last.status < 300 || last.status > 399 || !location) break;
        const keepsMethod = last.status === 307 || last.status === 308;
        visits.push(
          await request(
            new URL(location, last.url),
            keepsMethod ? options : { headers: options.headers },
          ),
        );
      }
      return { final: visits.at(-1)!, visits };
    },
    cookie: (url, name) => cookiesOf(url).get(name),
  };
}
