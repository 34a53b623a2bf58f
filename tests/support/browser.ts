import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sessionCookieHeader, signInOverHttp } from './sign-in.ts';

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far: a healthy page has none. */
  pageErrors: string[];
  /** `Cookie` header of the signed-in session, for the test's own API reads; null when none. */
  cookieHeader: string | null;
  close(): Promise<void>;
}

// Flags that work on this machine's closed network; never a browser download.
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenBrowserOptions {
  colorScheme?: 'light' | 'dark';
  /** Signs in first through the console's IdP, as this demo account (`admin`, `helpdesk`, `viewer`). */
  signIn?: { consoleUrl: string; as: string };
}

export async function openBrowser(options: OpenBrowserOptions = {}): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'daas-console-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  let cookieHeader: string | null = null;
  if (options.signIn) {
    // The same flow a person goes through, done over HTTP; the browser gets the session cookie.
    const cookie = await signInOverHttp(options.signIn.consoleUrl, options.signIn.as);
    await context.addCookies([{ ...cookie, url: options.signIn.consoleUrl }]);
    cookieHeader = sessionCookieHeader(cookie);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    page,
    context,
    pageErrors,
    cookieHeader,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
