/**
 * The page the server sends for a client route names that page's code in its head, so the
 * browser fetches it alongside the entry (server/production/page-html.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { colorSchemeScript } from '../../server/production/color-scheme-script.ts';
import { createPageHtml, unknownPageModules } from '../../server/production/page-html.ts';
import { contentSecurityPolicy } from '../../server/production/security-headers.ts';
import { accountSlot } from '../../contracts/shell-slots.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const index =
  '<!doctype html><html><head><script type="module" src="/assets/index-E.js"></script>' +
  '</head><body><div id="root"></div></body></html>';

/** A dist laid out as Vite writes it: the entry, two pages sharing a chunk, the header's parts. */
function sampleDist(
  manifest: object | null,
  shells?: Record<string, string>,
  moduleChunks?: Record<string, string>,
) {
  const dir = mkdtempSync(join(tmpdir(), 'daas-console-pages-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), index);
  if (manifest) writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  if (shells) writeFileSync(join(dir, '.vite', 'static-shells.json'), JSON.stringify(shells));
  if (moduleChunks) {
    writeFileSync(join(dir, '.vite', 'module-chunks.json'), JSON.stringify(moduleChunks));
  }
  return dir;
}

const manifest = {
  'index.html': {
    file: 'assets/index-E.js',
    imports: ['_react-R.js'],
  },
  '_react-R.js': { file: 'assets/react-R.js' },
  '_Table-T.js': { file: 'assets/Table-T.js', imports: ['_react-R.js'] },
  'src/app/routes/sessions.tsx': {
    file: 'assets/sessions-S.js',
    imports: ['_Table-T.js', '_react-R.js'],
  },
  'src/app/routes/sessions-detail.tsx': { file: 'assets/sessions-detail-D.js' },
  'src/app/routes/person.tsx': { file: 'assets/person-P.js' },
  'src/features/people/prefetch-person.ts': { file: 'assets/prefetch-person-F.js' },
  'src/app/routes/catalogs.tsx': { file: 'assets/catalogs-C.js', imports: ['_Table-T.js'] },
  'src/features/account/components/UserMenu.tsx': { file: 'assets/UserMenu-U.js' },
};

const body = (file: { body: Buffer }) => file.body.toString();

describe('a page with its code named in the head', () => {
  it('names the page’s chunks and the header’s, not the entry’s', () => {
    const page = createPageHtml(sampleDist(manifest))!;
    const html = body(page('/sessions'));
    expect(html).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/sessions-S.js">',
    );
    expect(html).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/Table-T.js">',
    );
    expect(html).toContain('href="/assets/UserMenu-U.js"');
    // The entry fetches these itself; another page's code is not this page's.
    expect(html).not.toContain('react-R.js');
    expect(html).not.toContain('catalogs-C.js');
    expect(html.indexOf('sessions-S.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('names the chunk a chunk group put a named module in, as the header’s later parts', () => {
    const userMenu = 'src/features/account/components/UserMenu.tsx';
    const grouped = {
      ...Object.fromEntries(Object.entries(manifest).filter(([key]) => key !== userMenu)),
      '_shell-later-L.js': { file: 'assets/shell-later-L.js', imports: ['_react-R.js'] },
    };
    const moduleChunks = { [userMenu]: '_shell-later-L.js' };
    const html = body(createPageHtml(sampleDist(grouped, undefined, moduleChunks))!('/sessions'));
    expect(html).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/shell-later-L.js">',
    );
    expect(unknownPageModules(grouped, moduleChunks)).not.toContain(userMenu);
    expect(unknownPageModules(grouped)).toContain(userMenu);
  });

  it('names first and at high priority what the early reads load for the page, only there', () => {
    const sessionsReads = 'src/early-reads/sessions-reads.ts';
    const withEarly = {
      ...manifest,
      '_early-sessions-X.js': { file: 'assets/early-sessions-X.js' },
      'src/app/routes/sessions.tsx': {
        file: 'assets/sessions-S.js',
        imports: ['_Table-T.js', '_early-sessions-X.js'],
      },
      // Another page whose code shares that chunk (the address-view helpers in it).
      'src/app/routes/person.tsx': {
        file: 'assets/person-P.js',
        imports: ['_early-sessions-X.js'],
      },
    };
    const moduleChunks = { [sessionsReads]: '_early-sessions-X.js' };
    const page = createPageHtml(sampleDist(withEarly, undefined, moduleChunks))!;
    const sessions = body(page('/sessions'));
    const early =
      '<link rel="modulepreload" fetchpriority="high" crossorigin href="/assets/early-sessions-X.js">';
    expect(sessions).toContain(early);
    expect(sessions.indexOf(early)).toBeLessThan(sessions.indexOf('/assets/sessions-S.js'));
    expect(sessions).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/sessions-S.js">',
    );
    expect(body(page('/users/aisha.chen'))).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/early-sessions-X.js">',
    );
  });

  it('names a nested page’s code with its parent’s', () => {
    const html = body(createPageHtml(sampleDist(manifest))!('/sessions/0b1c'));
    expect(html).toContain('/assets/sessions-S.js');
    expect(html).toContain('/assets/sessions-detail-D.js');
  });

  it('names a module outside the routes, as the person page’s prefetch', () => {
    const html = body(createPageHtml(sampleDist(manifest))!('/users/aisha.chen'));
    expect(html).toContain('/assets/person-P.js');
    expect(html).toContain('/assets/prefetch-person-F.js');
  });

  it('keeps one page per route, whatever the address’s parameters', () => {
    const page = createPageHtml(sampleDist(manifest))!;
    expect(page('/sessions/a')).toBe(page('/sessions/b'));
    expect(page('/catalogs')).not.toBe(page('/sessions'));
  });

  it('asks for the header’s reads with every page, the not-found page too', () => {
    const html = body(createPageHtml(sampleDist(manifest))!('/no/such/page'));
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/connection">');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/me">');
    expect(html).not.toContain('sessions-S.js');
  });

  it('asks for the header’s reads before any script, so they do not wait behind the code', () => {
    const html = body(createPageHtml(sampleDist(manifest))!('/sessions'));
    const firstScript = Math.min(
      html.indexOf('<script type="module"'),
      html.indexOf('modulepreload'),
    );
    expect(html.indexOf('href="/api/connection"')).toBeLessThan(firstScript);
    expect(html.indexOf('href="/api/me"')).toBeLessThan(firstScript);
  });

  it('sends index.html as built when the manifest does not describe the entry', () => {
    expect(body(createPageHtml(sampleDist(null))!('/sessions'))).toBe(index);
    const noEntry = { 'src/main.tsx': { file: 'assets/index-E.js', isEntry: true } };
    expect(body(createPageHtml(sampleDist(noEntry))!('/sessions'))).toBe(index);
  });

  it('says when dist has no page to send', () => {
    const empty = mkdtempSync(join(tmpdir(), 'daas-console-pages-'));
    dirs.push(empty);
    expect(createPageHtml(empty)).toBeNull();
  });
});

describe('a page painted before its code runs (the static shells)', () => {
  const shells = {
    '/catalogs': '<header>DaaS Console</header><main><h1>Catalogs</h1></main>',
    '/sessions/:sessionId': '<header>DaaS Console</header><main>Loading</main>',
  };

  it('puts the route’s shell in the root, for every address of the route', () => {
    const page = createPageHtml(sampleDist(manifest, shells))!;
    expect(body(page('/catalogs'))).toContain(`<div id="root">${shells['/catalogs']}</div>`);
    expect(body(page('/sessions/0b1c'))).toContain(
      `<div id="root">${shells['/sessions/:sessionId']}</div>`,
    );
    expect(page('/sessions/a')).toBe(page('/sessions/b'));
  });

  it('applies the colour scheme before the first paint, with a script the CSP allows', () => {
    const html = body(createPageHtml(sampleDist(manifest, shells))!('/catalogs'));
    const script = `<script>${colorSchemeScript}</script>`;
    expect(html).toContain(script);
    // Before the stylesheet and the entry: a script after a stylesheet waits for it.
    expect(html.indexOf(script)).toBeLessThan(html.indexOf('<script type="module"'));
    const hash = createHash('sha256').update(colorSchemeScript).digest('base64');
    expect(contentSecurityPolicy).toContain(`script-src 'self' 'sha256-${hash}'`);
  });

  it('keeps the root empty where no shell was built, and without shells at all', () => {
    expect(body(createPageHtml(sampleDist(manifest, shells))!('/no/such/page'))).toContain(
      '<div id="root"></div>',
    );
    expect(body(createPageHtml(sampleDist(manifest))!('/catalogs'))).toContain(
      '<div id="root"></div>',
    );
  });

  it('paints the shell even when the manifest cannot name the page’s code', () => {
    const html = body(createPageHtml(sampleDist(null, shells))!('/catalogs'));
    expect(html).toContain(`<div id="root">${shells['/catalogs']}</div>`);
    expect(html).not.toContain('modulepreload');
  });
});

describe('a person’s page painted with the account its address names', () => {
  const shells = {
    '/users/:user': `<main><h1 class="title">${accountSlot}</h1><div aria-label="Loading"></div></main>`,
  };
  // Addresses as the static handler passes them: decoded once (static-files.ts).
  const personPage = (address: string) =>
    body(createPageHtml(sampleDist(manifest, shells))!(address));

  it('writes the account into the heading', () => {
    expect(personPage('/users/CONTOSO\\jdoe')).toContain('<h1 class="title">CONTOSO\\jdoe</h1>');
    expect(personPage('/users/jdoe@contoso.com')).toContain(
      '<h1 class="title">jdoe@contoso.com</h1>',
    );
    expect(personPage('/users/jdoe/')).toContain('<h1 class="title">jdoe</h1>');
    expect(personPage('/users/jdoe')).not.toContain(accountSlot);
  });

  it('escapes whatever the address holds: it is text, never markup', () => {
    const html = personPage(`/users/<img src=x onerror=alert(1)>"'&`);
    expect(html).toContain(
      '<h1 class="title">&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</h1>',
    );
    expect(html).not.toContain('<img');
  });

  it('does not decode the account a second time, as the app does not', () => {
    expect(personPage('/users/50%41')).toContain('<h1 class="title">50%41</h1>');
  });

  it('sends each person their own page, and every other route one page for all its addresses', () => {
    const page = createPageHtml(sampleDist(manifest, shells))!;
    expect(body(page('/users/ada'))).toContain('>ada</h1>');
    expect(body(page('/users/bob'))).toContain('>bob</h1>');
    expect(page('/sessions/a')).toBe(page('/sessions/b'));
  });
});
