/**
 * The few HTML pages of sign-in (the console's and the embedded IdP's): plain, readable, no
 * script, so they work under the console's CSP (`script-src 'self'`; inline styles are allowed).
 */
import type { ServerResponse } from 'node:http';

export interface PageLink {
  href: string;
  label: string;
}

export interface PageContent {
  title: string;
  /** Paragraphs, as text (escaped here). */
  paragraphs: string[];
  links?: PageLink[];
  /** Trusted HTML placed after the paragraphs (a form); callers escape what they put in it. */
  extraHtml?: string;
}

const styles = `
  body { font-family: system-ui, sans-serif; background: #f5f6f8; color: #1f2328; margin: 0; }
  main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem;
    border-radius: 8px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font-size: 1rem; }
  button { margin-top: 1.25rem; padding: 0.6rem 1.2rem; font-size: 1rem; cursor: pointer; }
  .alert { color: #a40e26; background: #ffebe9; padding: 0.5rem 0.75rem; border-radius: 4px; }
  .note { color: #59636e; font-size: 0.9rem; }
  a { color: #0969da; }`;

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function renderPage({ title, paragraphs, links = [], extraHtml = '' }: PageContent): string {
  const text = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  const linkList = links
    .map((link) => `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · DaaS Console</title>
<style>${styles}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${text}
${extraHtml}
${linkList}
</main>
</body>
</html>`;
}

export function sendPage(res: ServerResponse, status: number, content: PageContent) {
  sendHtml(res, status, renderPage(content));
}

/** Sends HTML; never cached, since it may name the person or come from a one-time link. */
export function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}
