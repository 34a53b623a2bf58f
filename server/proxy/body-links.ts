/**
 * Rackspace image answers link to the compute endpoint they came from: `images_links` next, and
 * each image's (and a snapshot's server's) self and bookmark (reference/rackspace-notes.md §1).
 * Rewritten to the proxy's paths, as `Location` is, a client following them stays behind the
 * proxy. Any other link (the image service's alternate, another host, a look-alike) is left as
 * the cloud gave it: the proxy serves no path for it, and a foreign host is never made to look
 * like the proxy; dropping it would only hide from API clients what the cloud said.
 */
import { locationRewriter, type LocationBase } from './location.ts';

type RewriteHref = (href: string) => string | null;

/** Operations whose JSON answers carry links to the cloud, and how to find them. */
const linkedAnswers: Record<string, (body: unknown, rewrite: RewriteHref) => boolean> = {
  'rackspace.images.read': rewriteImageAnswer,
};

/**
 * How to rewrite an operation's JSON answer (its text in, the new text out, or null when no link
 * changed), or null when its answers carry no links to rewrite and stream as they come.
 */
export function jsonLinkRewriter(
  operationId: string,
  requestUrl: string,
  bases: readonly LocationBase[],
): ((text: string) => string | null) | null {
  const rewriteIn = linkedAnswers[operationId];
  if (!rewriteIn) return null;
  const rackspace = bases.filter((base) => base.api === 'rackspace');
  const rewrite = locationRewriter(requestUrl, rackspace);
  return (text) => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return null; // not JSON after all: passed on as it came
    }
    return rewriteIn(body, rewrite) ? JSON.stringify(body) : null;
  };
}

/** `{images: [...], images_links: [...]}` or `{image: {...}}`; true when a link changed. */
function rewriteImageAnswer(body: unknown, rewrite: RewriteHref): boolean {
  if (!isRecord(body)) return false;
  const images: unknown[] = Array.isArray(body.images) ? body.images : [body.image];
  let changed = rewriteLinks(body.images_links, rewrite);
  for (const image of images) {
    if (!isRecord(image)) continue;
    if (rewriteLinks(image.links, rewrite)) changed = true;
    if (isRecord(image.server) && rewriteLinks(image.server.links, rewrite)) changed = true;
  }
  return changed;
}

function rewriteLinks(links: unknown, rewrite: RewriteHref): boolean {
  if (!Array.isArray(links)) return false;
  let changed = false;
  for (const link of links) {
    if (!isRecord(link) || typeof link.href !== 'string') continue;
    const proxied = rewrite(link.href);
    if (proxied === null || proxied === link.href) continue;
    link.href = proxied;
    changed = true;
  }
  return changed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
