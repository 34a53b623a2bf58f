/**
 * Which `Host` values the production server answers. Without this check a page on an attacker's
 * domain can rebind its name to the console's address (DNS rebinding): the browser then treats
 * the console as that page's own origin, sends `Host: attacker.example` and lets the page read
 * every answer. The names such a page can make a browser send are only its own domain names, so
 * the server answers:
 * - PUBLIC_URL's host and the names in CONSOLE_ALLOWED_HOSTS (the addresses people type);
 * - IP literals and loopback names (`localhost`, `*.localhost`): a rebinding page can never send
 *   these as its Host, and health checks and port-mapped containers use them.
 * Ports are not compared: a rebinding page controls its port as well, only the name matters.
 */
import { isIP } from 'node:net';
import { ConfigError } from '../proxy/config.ts';

export interface HostPolicy {
  /**
   * Null when the request may be served, else why not, in words, with its status: 421 for a
   * host this server does not serve, 400 for a missing or malformed Host.
   */
  refusal(hostHeader: string | undefined): { status: 400 | 421; reason: string } | null;
  /** For the start-up log: the names answered besides IP addresses and localhost. */
  describe(): string;
}

export function createHostPolicy(options: {
  publicUrl: string | null;
  /** CONSOLE_ALLOWED_HOSTS as written: comma-separated names; `.example.com` includes subdomains. */
  allowedHosts: string | undefined;
}): HostPolicy {
  const names = parseAllowedHosts(options.allowedHosts);
  if (options.publicUrl) names.push(normalName(new URL(options.publicUrl).hostname));
  const accepts = (name: string) =>
    isIP(name) !== 0 ||
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    names.some((allowed) =>
      allowed.startsWith('.')
        ? name === allowed.slice(1) || name.endsWith(allowed)
        : name === allowed,
    );

  return {
    refusal(hostHeader) {
      if (!hostHeader) {
        return { status: 400, reason: 'The request has no Host header; HTTP/1.1 requires one.' };
      }
      const name = hostNameOf(hostHeader);
      if (name === null) return { status: 400, reason: 'The Host header is not a host name.' };
      if (accepts(name)) return null;
      return {
        status: 421,
        reason:
          `This console does not answer for "${name}". If people reach it by that name, add ` +
          'the name to PUBLIC_URL or CONSOLE_ALLOWED_HOSTS.',
      };
    },
    describe: () =>
      `Answers requests for ${[...names, 'IP addresses', 'localhost'].join(', ')} ` +
      '(PUBLIC_URL and CONSOLE_ALLOWED_HOSTS add names).',
  };
}

/** The name in a Host header (without port or IPv6 brackets), or null when it is not one. */
function hostNameOf(hostHeader: string): string | null {
  try {
    // The URL parser rejects what cannot be a host (spaces, `@`, paths) and lowercases names.
    const url = new URL(`http://${hostHeader.trim()}`);
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
      return null;
    }
    return normalName(url.hostname.replace(/^\[(.*)\]$/, '$1'));
  } catch {
    return null;
  }
}

/** Lowercase, without the trailing dot of a fully qualified name (`console.example.com.`). */
function normalName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function parseAllowedHosts(text: string | undefined): string[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const subdomains = entry.startsWith('.');
    const name = hostNameOf(subdomains ? entry.slice(1) : entry);
    if (name === null || /[/:]/.test(entry.replace(/^\[.*\]$/, ''))) {
      throw new ConfigError(
        `CONSOLE_ALLOWED_HOSTS: "${entry}" is not a host name. List names only, separated by ` +
          'commas, such as "console.example.com,.internal.example.com" (a leading dot includes ' +
          'subdomains); no scheme, port or path.',
      );
    }
    return subdomains ? `.${name}` : name;
  });
}
