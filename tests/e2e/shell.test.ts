import { mkdirSync } from 'node:fs';
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectionStatusSchema } from '../../contracts/console-api.ts';
import { startSimulator } from '../../server/simulator/index.ts';
import { cssVariablesResolver, theme } from '../../src/theme.ts';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { earlyAnswersTaken, holdBackPageCode, recordApiReads } from '../support/early-answers.ts';
import { mintCitrixToken } from '../support/simulator-token.ts';

const consoleUrl = inject('consoleUrl');

/**
 * The id of the first catalog the catalogs page lists; the page is left for a blank one, so that
 * what the next load asks for is its own.
 */
async function firstCatalogId(page: Page): Promise<string> {
  await page.goto(`${consoleUrl}/catalogs`);
  const firstCatalog = page.getByRole('table').getByRole('link').first();
  const catalogId = (await firstCatalog.getAttribute('href'))!.split('/').pop()!;
  await page.goto('about:blank');
  return catalogId;
}

/**
 * What the simulator itself says about the customer and site, asked directly with its demo
 * credentials. The simulator is deterministic from its seed, so a second instance with the same
 * environment answers exactly as the one behind the console does: the console must show these
 * values, discovered through the proxy, not values of its own.
 */
async function discoverSiteFromSimulator() {
  const simulator = await startSimulator();
  try {
    const { customerId } = simulator.credentials.citrix;
    const token = await mintCitrixToken(simulator);
    const meResponse = await fetch(`${simulator.url}/cvad/manage/me`, {
      headers: { Authorization: `CwsAuth bearer=${token}`, 'Citrix-CustomerId': customerId },
    });
    const me = (await meResponse.json()) as {
      Customers: { Id: string; Name: string | null; Sites: { Id: string; Name: string }[] }[];
    };
    const customer = me.Customers[0]!;
    return {
      customerId: customer.Id,
      customerName: customer.Name,
      site: customer.Sites[0]!,
      rackspaceTenant: simulator.credentials.rackspace.tenantId,
    };
  } finally {
    await simulator.close();
  }
}

describe('the console shell, built and served with the proxy on the simulator', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads, and the connection indicator shows the simulator with its customer and site', async () => {
    const expected = await discoverSiteFromSimulator();
    const { page } = browser;

    await page.goto(consoleUrl);
    await page.waitForURL(/\/images$/);
    const banner = page.getByRole('banner');
    const indicator = banner.getByRole('button', { name: /Simulator/ });
    await indicator.waitFor();
    const indicatorText = await indicator.innerText();
    expect(indicatorText).toContain(expected.site.Name);
    expect(indicatorText).toContain(expected.customerName ?? expected.customerId);

    await indicator.click();
    const details = page.getByRole('dialog');
    await details.waitFor();
    // The details are loaded just after the header paints; wait for them, not only the popover.
    await details.getByText(`site ${expected.site.Name}`).waitFor();
    const detailsText = await details.innerText();
    expect(detailsText).toContain(`site ${expected.site.Name}`);
    expect(detailsText).toContain(`account ${expected.rackspaceTenant}`);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/shell.png' });
    expect(browser.pageErrors).toEqual([]);
  });

  it('asks for the page’s code and the header’s reads with the page itself, each once', async () => {
    const { page } = browser;
    const reads: string[] = [];
    const count = (request: { url(): string }) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/api/connection' || pathname === '/api/me') reads.push(pathname);
    };
    page.on('request', count);
    await page.goto(`${consoleUrl}/catalogs`);
    await page.getByRole('heading', { level: 1, name: 'Catalogs' }).waitFor();
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Simulator/ })
      .waitFor();
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map((link) =>
        link.getAttribute('href')!,
      ),
    );
    page.off('request', count);
    expect(preloaded).toEqual(expect.arrayContaining(['/api/connection', '/api/me']));
    expect(preloaded.some((href) => /^\/assets\/catalogs-.+\.js$/.test(href))).toBe(true);
    // The HTML's preload is the one request: the app's own fetch took it up, asked no second time.
    expect(reads.sort()).toEqual(['/api/connection', '/api/me']);
  });

  it('sends the operations indicator’s reads with the page, and the header takes those answers', async () => {
    const { page } = browser;
    const sent = recordApiReads(page);
    try {
      await page.goto(`${consoleUrl}/settings`);
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Operations: / })
        .waitFor();
      // Sent by the early-reads entry, before the app's code; the indicator's queries took them.
      await page.waitForFunction(
        () => performance.getEntriesByName('daas-console:early-answer-taken').length === 2,
      );
      const taken = (await earlyAnswersTaken(page)).sort();
      expect(taken).toEqual(['/api/operations?limit=20', '/api/plans']);
      const indicatorReads = sent.reads.filter((read) =>
        /^\/api\/(operations|plans)(\?|$)/.test(read),
      );
      expect(indicatorReads.sort()).toEqual(taken);
    } finally {
      sent.stop();
    }
  });

  it('sends a catalog’s reads with its page, the catalog’s once the connection names the site', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/catalogs`);
    const firstCatalog = page.getByRole('table').getByRole('link').first();
    const href = (await firstCatalog.getAttribute('href'))!;
    const name = await firstCatalog.innerText();

    const { reads, stop } = recordApiReads(page);
    try {
      // A full load of the catalog's address, as from a bookmark or a link in a ticket.
      await page.goto(`${consoleUrl}${href}`);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      // The catalog, its rollout history and the connection (the header's two are taken too).
      await page.waitForFunction(
        () => performance.getEntriesByName('daas-console:early-answer-taken').length >= 5,
      );
      const taken = await earlyAnswersTaken(page);
      const catalogId = href.split('/').pop()!;
      const catalogRead = reads.find((read) => read.endsWith(`/catalogs/${catalogId}`));
      const historyRead = `/api/operations?kind=rollout&catalogId=${catalogId}&limit=50`;
      expect(catalogRead).toMatch(/^\/api\/catalogservice\//);
      // Each once, sent early and taken by the page; the connection too, the HTML's preload.
      for (const read of [catalogRead!, historyRead, '/api/connection']) {
        expect(reads.filter((sent) => sent === read)).toHaveLength(1);
        expect(taken).toContain(read);
      }
    } finally {
      stop();
    }
  });

  it.each([
    // The gallery: the catalog service's images, and the first page of the Rackspace regions the
    // app holds open at once (the simulator's tenant lists six regions: the first four, and the
    // app asks for the other two itself). Every request once.
    ['/images', /^\/api\/catalogservice\/[^/]+\/[^/]+\/images\?include/, 1, 1],
    ['/images', /^\/api\/rackspace\/[a-z]+\/v2\/[^/]+\/images\/detail\?limit=100$/, 6, 4],
    ['/catalogs', /^\/api\/catalogservice\/[^/]+\/[^/]+\/catalogs$/, 1, 1],
  ])(
    'sends %s’s first reads with its page, once the connection names the cloud: %s',
    async (path, wanted, sentCount, earlyCount) => {
      const { page } = browser;
      // Nothing of the page before (the gallery goes on reading regions) is counted.
      await page.goto('about:blank');
      const { reads, stop } = recordApiReads(page);
      try {
        await page.goto(`${consoleUrl}${path}`);
        const sent = () => reads.filter((read) => wanted.test(read));
        await expect.poll(() => new Set(sent()).size).toBe(sentCount);
        // Sent before the app's code, and taken up by the page's own reads.
        await expect
          .poll(async () => (await earlyAnswersTaken(page)).filter((read) => wanted.test(read)))
          .toHaveLength(earlyCount);
        // Never asked for twice: the app took the early answers instead of racing them.
        expect(sent()).toHaveLength(sentCount);
        expect(browser.pageErrors).toEqual([]);
      } finally {
        stop();
      }
    },
  );

  it('sends the wizard’s reads with its page: the catalogs, the images, the named catalog and its running rollouts', async () => {
    const { page } = browser;
    const catalogId = await firstCatalogId(page);
    const { reads, stop } = recordApiReads(page);
    try {
      // A full load of the wizard's address, as from a link that names the catalog.
      await page.goto(`${consoleUrl}/rollouts/new?catalog=${catalogId}`);
      const wanted = [
        new RegExp(`^/api/catalogservice/[^/]+/[^/]+/catalogs$`),
        new RegExp(`^/api/catalogservice/[^/]+/[^/]+/catalogs/${catalogId}$`),
        new RegExp(`^/api/catalogservice/[^/]+/[^/]+/images$`),
        new RegExp(`^/api/operations\\?kind=rollout&catalogId=${catalogId}&state=running$`),
      ];
      for (const read of wanted) {
        // Sent before the app's code and taken up by the wizard's own read, never asked twice.
        await expect
          .poll(async () => (await earlyAnswersTaken(page)).filter((url) => read.test(url)))
          .toHaveLength(1);
        expect(reads.filter((url) => read.test(url))).toHaveLength(1);
      }
      expect(browser.pageErrors).toEqual([]);
    } finally {
      stop();
    }
  });

  it('sends the Audit page’s read with its page: the page of the trail its address shows', async () => {
    const { page } = browser;
    await page.goto('about:blank');
    const wanted = '/api/audit?outcome=succeeded&page=1&pageSize=25';
    // Its builder comes by `import()`, as the sessions list's does: the page's code held back.
    const heldBack = await holdBackPageCode(page, /\/assets\/audit-[\w-]+\.js$/);
    const { reads, stop } = recordApiReads(page);
    try {
      await page.goto(`${consoleUrl}/audit?outcome=succeeded&pageSize=25`);
      await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
      await expect.poll(async () => earlyAnswersTaken(page)).toContain(wanted);
      // Once: the page's own query took the early answer up.
      expect(reads.filter((read) => read.startsWith('/api/audit'))).toEqual([wanted]);
      expect(browser.pageErrors).toEqual([]);
    } finally {
      stop();
      await heldBack.release();
    }
  });

  it('sends the wizard’s reads only for a role that may use it: none for help-desk staff', async () => {
    const helpdesk = await openBrowser({ signIn: { consoleUrl, as: 'helpdesk' } });
    try {
      const { page } = helpdesk;
      const catalogId = await firstCatalogId(page);
      const { reads, stop } = recordApiReads(page);
      try {
        await page.goto(`${consoleUrl}/rollouts/new?catalog=${catalogId}`);
        await page.getByText('Not available to your role').waitFor();
        // The role was read (the page says so); the header's own reads have come and gone.
        await expect
          .poll(() => reads.filter((url) => url.startsWith('/api/plans')))
          .toHaveLength(1);
        // Nothing of the wizard's: a page that tells them it is not theirs reads nothing for it.
        expect(reads.filter((url) => url.startsWith('/api/catalogservice/'))).toEqual([]);
        expect(reads.filter((url) => url.includes('state=running'))).toEqual([]);
        expect(helpdesk.pageErrors).toEqual([]);
      } finally {
        stop();
      }
    } finally {
      await helpdesk.close();
    }
  });

  it('paints the header and the page’s heading from its HTML, before any script has run', async () => {
    // The stylesheet, all the painted page waits for, is asked for before the app's scripts.
    const html = await (await fetch(`${consoleUrl}/catalogs`)).text();
    expect(html.indexOf('<link rel="stylesheet"')).toBeGreaterThan(0);
    expect(html.indexOf('<link rel="stylesheet"')).toBeLessThan(
      html.indexOf('<script type="module"'),
    );
    expect(html.indexOf('<link rel="stylesheet"')).toBeLessThan(
      html.indexOf('rel="modulepreload"'),
    );
    // No script holds the first paint, and the page says so: every script of the app at low
    // priority. The early-reads entry, which starts a page's reads (a few hundred bytes), at high.
    const scripts = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g)!;
    const early = scripts.filter((script) => /\/assets\/early-[a-z]+-/.test(script));
    const app = scripts.filter((script) => !early.includes(script));
    // The entry and the one chunk it imports (what takes the answers up and builds the requests:
    // one file, not two, for HTTP/1.1's six connections).
    expect(early.filter((script) => script.includes('/assets/early-reads-'))).toHaveLength(1);
    expect(early).toHaveLength(2);
    expect(app.length).toBeGreaterThan(3);
    for (const script of early) expect(script).toContain('fetchpriority="high"');
    for (const script of app) expect(script).toContain('fetchpriority="low"');

    const slow = await openBrowser({ colorScheme: 'dark', signIn: { consoleUrl, as: 'admin' } });
    try {
      const { page } = slow;
      // No script of the app arrives: what shows is the page as the server sent it.
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(`${consoleUrl}/catalogs`);
      const heading = page.getByRole('heading', { level: 1, name: 'Catalogs' });
      await heading.waitFor();
      await page.getByText('The Citrix DaaS catalogs that deliver desktops and apps').waitFor();
      expect(await page.getByRole('banner').getByText('DaaS Console').isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Catalogs' }).getAttribute('aria-current')).toBe(
        'page',
      );
      // In the person's colour scheme from the first paint, not light until the app runs.
      expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');

      // With its code, the app draws over the painted page: one heading, the page's own.
      await page.unroute('**/assets/*.js');
      await page.reload();
      await page.getByRole('table').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await heading.isVisible()).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('paints a person’s page with the account its address names, before any script has run', async () => {
    const slow = await openBrowser({ signIn: { consoleUrl, as: 'helpdesk' } });
    try {
      const { page } = slow;
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(`${consoleUrl}/users/CONTOSO%5Caisha.andersen`);
      // The server wrote it into the shell, as the page draws it while it looks them up.
      await page.getByRole('heading', { level: 1, name: 'CONTOSO\\aisha.andersen' }).waitFor();
      expect(await page.getByLabel('Loading').count()).toBe(1);

      // With its code, the page names them by their display name, the account below it. (The
      // scripts refused above were reported as errors; the page with them reports none.)
      slow.pageErrors.length = 0;
      await page.unroute('**/assets/*.js');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Aisha Andersen' }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(slow.pageErrors).toEqual([]);
    } finally {
      await slow.close();
    }
  });

  it('draws each page over its painted heading, never a spinner in the heading’s place', async () => {
    const page = await browser.context.newPage();
    try {
      // Every change to the page from its first paint on: is the heading still there?
      await page.addInitScript(() => {
        const seen = { heading: false, lost: [] as string[] };
        Object.assign(window, { headingSeen: seen });
        new MutationObserver(() => {
          const heading = document.querySelector('main h1');
          if (heading) seen.heading = true;
          else if (seen.heading) seen.lost.push(document.querySelector('main')?.innerHTML ?? '');
        }).observe(document, { subtree: true, childList: true });
      });
      for (const [path, drawn] of [
        ['/catalogs', page.getByRole('table')],
        ['/sessions', page.getByRole('row').nth(3)],
        ['/images', page.getByText(/Showing \d+ of \d+ images/)],
      ] as const) {
        await page.goto(`${consoleUrl}${path}`);
        await drawn.waitFor();
        const seen = await page.evaluate(
          () =>
            (window as unknown as { headingSeen: { heading: boolean; lost: string[] } })
              .headingSeen,
        );
        expect(seen.heading, path).toBe(true);
        // The page's code is named in its HTML and asked for before the first render: the first
        // render draws the page itself (a spinner would hold it back 300 ms more, too).
        expect(seen.lost.slice(0, 1), path).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it('draws the sessions list with its first answer, no spinner between the painted heading and the rows', async () => {
    const page = await browser.context.newPage();
    try {
      // Every change to the page from its first paint on: did a spinner stand in for the list?
      await page.addInitScript(() => {
        const seen = { spinner: false };
        Object.assign(window, { spinnerSeen: seen });
        new MutationObserver(() => {
          if (document.querySelector('main [aria-label="Loading"]')) seen.spinner = true;
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${consoleUrl}/sessions`);
      await page.getByRole('row').nth(3).waitFor();
      const seen = await page.evaluate(
        () => (window as unknown as { spinnerSeen: { spinner: boolean } }).spinnerSeen,
      );
      // The list's read went out with the HTML and is answered by the time the page's code has
      // run: the app's first render draws the rows (it waits a moment for them, main.tsx).
      expect(seen.spinner).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('holds its placeholders still and its spinners out of sight for their first second, then moves them', async () => {
    const page = await browser.context.newPage();
    try {
      // Every read takes four seconds, as on a slow line: the placeholders stay long enough to move.
      await page.route('**/api/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 4000));
        await route.continue().catch(() => undefined);
      });
      await page.goto(`${consoleUrl}/sessions`, { waitUntil: 'commit' });
      await page.locator('.mantine-Skeleton-root, .mantine-Loader-root').first().waitFor();
      const motion = () =>
        page.evaluate(() =>
          document
            .getAnimations()
            .filter((animation) => {
              const target = (animation.effect as KeyframeEffect | null)?.target;
              return target?.closest('.mantine-Skeleton-root, .mantine-Loader-root');
            })
            .map((animation) => {
              const effect = animation.effect as KeyframeEffect;
              const timing = effect.getTiming();
              return {
                moves: Number(timing.duration) > 0,
                delay: Number(timing.delay),
                // Null while the animation waits out its delay: nothing on screen changes.
                moving: effect.getComputedTiming().progress !== null,
                age: Number(animation.currentTime),
              };
            })
            .filter((animation) => animation.moves),
        );
      const first = await motion();
      expect(first.length).toBeGreaterThan(0);
      for (const animation of first) expect(animation.delay).toBe(1000);
      expect(first.filter((animation) => animation.age < 1000 && animation.moving)).toEqual([]);
      // A spinner is not even shown before then (a quick load never flashes one).
      const spinners = page.locator('.mantine-Loader-root');
      const spinnerOpacities = () =>
        spinners.evaluateAll((all) => all.map((spinner) => getComputedStyle(spinner).opacity));
      await spinners.first().waitFor();
      expect(await spinnerOpacities()).toContain('0');

      // A load that takes longer than a second does show that something is on its way.
      await page.waitForTimeout(1500);
      expect((await motion()).some((animation) => animation.moving)).toBe(true);
      expect(await spinnerOpacities()).toContain('1');
    } finally {
      await page.close();
    }
  });

  it('starts the browser’s date and number formatting on a worker of its own, which then ends', async () => {
    // Every page load starts it, so the signed-in browser of these tests will do.
    const { page } = browser;
    let ended: Promise<void> | undefined;
    const started = page.waitForEvent('worker', {
      timeout: 15_000,
      // Listened to at once: the worker may be done before the page has loaded.
      predicate: (worker) => {
        ended = new Promise((resolve) => worker.on('close', () => resolve()));
        return true;
      },
    });
    await page.goto(`${consoleUrl}/sessions`);
    expect((await started).url()).toMatch(/\/assets\/intl-warm-up\.worker-[\w-]+\.js$/);
    // It closes itself once ICU is up: nothing keeps running beside the page.
    await ended;
    // The page formats as ever (the sessions' start times), and the CSP let the worker in.
    await page.getByRole('table').getByText(/\d{4}/).first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it('marks the scripts every page starts with for V8 to compile whole as they arrive', async () => {
    const html = await (await fetch(`${consoleUrl}/catalogs`)).text();
    for (const chunk of ['index', 'react', 'mantine-shell', 'app-shell']) {
      const file = new RegExp(`"(/assets/${chunk}-[\\w-]+\\.js)"`).exec(html)?.[1];
      expect(file, `the HTML names ${chunk}`).toBeDefined();
      const script = await (await fetch(`${consoleUrl}${file}`)).text();
      // Chromium reads the hint only as a file's first line.
      expect(script.slice(0, 80).split('\n', 1)[0], file).toBe('//# allFunctionsCalledOnLoad');
    }
  });

  it('takes the theme’s colours from the stylesheet, in both schemes, with none worked out in the page', async () => {
    const fixes = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme)).light;
    for (const scheme of ['light', 'dark'] as const) {
      const session = await openBrowser({
        colorScheme: scheme,
        signIn: { consoleUrl, as: 'admin' },
      });
      try {
        const { page } = session;
        await page.goto(`${consoleUrl}/sessions`);
        await page.getByRole('table').waitFor();
        // A colour as the page resolves it (the build may write rgba(…, 1) as a hex).
        const colour = (value: string) =>
          page.evaluate((v) => {
            const probe = document.body.appendChild(document.createElement('i'));
            probe.style.color = v;
            const resolved = getComputedStyle(probe).color;
            probe.remove();
            return resolved;
          }, value);
        const read = async (name: string) =>
          colour(
            await page.evaluate(
              (n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(),
              name,
            ),
          );
        // Mantine's provider would put them in a <style> on each load; the build did instead.
        expect(await page.locator('style[data-mantine-styles="true"]').count()).toBe(0);
        if (scheme === 'light') {
          expect(await read('--mantine-color-orange-light-color')).toBe(
            await colour(fixes['--mantine-color-orange-light-color']!),
          );
          expect(await read('--mantine-color-dimmed')).toBe(await read('--mantine-color-gray-7'));
        } else {
          expect(await read('--mantine-color-dimmed')).toBe(await read('--mantine-color-dark-1'));
        }
      } finally {
        await session.close();
      }
    }
  });

  it('keeps the id each Mantine part is first drawn with: none drawn again with a random one', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/sessions`);
    await page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1).waitFor();
    await page.getByRole('switch', { name: 'Auto-refresh' }).waitFor();
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('[id^="mantine-"]')].map((element) => element.id),
    );
    // The app shell and the Auto-refresh switch at least.
    expect(ids.length).toBeGreaterThanOrEqual(2);
    // React's ids (`_R_…_`). Mantine swapped each for a random one as the part appeared, a state
    // set that drew the part again inside the same commit: the app shell with the whole page.
    for (const id of ids) expect(id).toMatch(/^mantine-_[Rr]_\w*_/);
    expect(browser.pageErrors).toEqual([]);
  });

  it('gives the focus back to a dropdown’s button on Escape, when the page’s first click opened it', async () => {
    const { page } = browser;
    // The dropdowns' code loads at the page's first input: that click opens one as it arrives.
    for (const name of ['Columns', /^Operations/]) {
      await page.goto(`${consoleUrl}/sessions`);
      await page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1).waitFor();
      const button = page.getByRole('button', { name });
      await button.click();
      const dropdown = page.getByRole('dialog');
      await dropdown.waitFor();
      await expect
        .poll(() => dropdown.evaluate((d) => d.contains(document.activeElement)))
        .toBe(true);
      await page.keyboard.press('Escape');
      await dropdown.waitFor({ state: 'detached' });
      expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it('navigates between pages with the sidebar, marking the current page', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/images`);
    const navigation = page.getByRole('navigation', { name: 'Main' });

    for (const [label, path] of [
      ['Catalogs', '/catalogs'],
      ['Sessions', '/sessions'],
      ['Settings', '/settings'],
      ['Images', '/images'],
    ] as const) {
      await navigation.getByRole('link', { name: label }).click();
      await page.waitForURL(new RegExp(`${path}$`));
      await page.getByRole('heading', { level: 1, name: label }).waitFor();
      expect(await navigation.getByRole('link', { name: label }).getAttribute('aria-current')).toBe(
        'page',
      );
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it('opens a deep link on reload and shows the connection in detail on Settings', async () => {
    const expected = await discoverSiteFromSimulator();
    const { page } = browser;
    await page.goto(`${consoleUrl}/settings`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const main = page.getByRole('main');
    await main.getByText(expected.customerId).first().waitFor();
    await main.getByText(expected.site.Id).first().waitFor();

    await main.getByRole('button', { name: 'Test connection' }).click();
    await main.getByText(/ms\b/).first().waitFor();
    await page.screenshot({ path: 'test-results/settings.png', fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows a not-found page for an unknown address, with a way back', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    await page.getByRole('main').getByRole('link').first().click();
    await page.waitForURL(/\/images$/);
  });

  it('keeps the proxy closed: unknown API paths and token endpoints are refused in JSON', async () => {
    const headers = { Cookie: browser.cookieHeader ?? '' };
    for (const path of [
      '/api/cctrustoauth2/root/tokens/clients',
      '/api/v2.0/tokens',
      '/api/nope',
    ]) {
      const response = await fetch(`${consoleUrl}${path}`, { method: 'POST', headers });
      expect(response.status, path).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
    }
    const status = connectionStatusSchema.parse(
      await (await fetch(`${consoleUrl}/api/connection`, { headers })).json(),
    );
    expect(status.mode).toBe('simulator');
  });
});
