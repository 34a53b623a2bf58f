/**
 * CONSOLE_AUTH=none makes everyone who reaches the console a local administrator. That is only
 * safe when nobody else can reach it: the console must listen on loopback.
 */
import { isIP } from 'node:net';
import { ConfigError } from '../proxy/config.ts';

/** True for 127.0.0.0/8, ::1 (also as an IPv4-mapped or bracketed address) and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  const ipv4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  if (isIP(ipv4) === 4) return ipv4.startsWith('127.');
  return isIP(bare) === 6 && /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(bare);
}

/** Throws a ConfigError unless `host` (what the console listens on) is a loopback address. */
export function assertLocalOnly(host: string): void {
  if (isLoopbackHost(host)) return;
  throw new ConfigError(
    `CONSOLE_AUTH=none turns sign-in off and makes everyone who reaches the console an ` +
      `administrator, so it is allowed only when the console listens on loopback ` +
      `(127.0.0.1, ::1 or localhost), not on "${host || 'every address'}". Listen on ` +
      `127.0.0.1, or set OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and PUBLIC_URL to ` +
      `sign people in through your identity provider.`,
  );
}
