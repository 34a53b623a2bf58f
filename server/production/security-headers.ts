/**
 * Headers every response of the production server carries, API answers and 404s included.
 *
 * The Content-Security-Policy allows scripts from this origin only, and the page's one inline
 * script (which applies the colour scheme before the first paint) by its hash: an injected
 * `<script>` or `onerror=` never runs. Styles need 'unsafe-inline' because Mantine writes its CSS
 * variables and some component styles into `<style>` elements and `style` attributes at runtime;
 * styles cannot run code, so this keeps the XSS protection whole.
 */
import { colorSchemeScriptHash } from './color-scheme-script.ts';

export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${colorSchemeScriptHash}`,
  "style-src 'self' 'unsafe-inline'",
  // The favicon is `data:,`; images of the console are same-origin.
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  // frame-ancestors for browsers that predate it.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Console URLs name users, machines and sites: never tell another site where the admin was.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Only features Chromium recognises: an unknown one is logged as an error on every page.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Permitted-Cross-Domain-Policies': 'none',
};

/** Sets the headers on a response before anything else writes to it. */
export function applySecurityHeaders(res: { setHeader(name: string, value: string): unknown }) {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
}
