/**
 * The one inline script of the console's pages: it sets the person's colour scheme on `<html>`
 * before the first paint, as Mantine's own ColorSchemeScript does. The page paints its shell
 * from HTML before the app's code runs (static shells); without this, a dark-scheme person would
 * see it flash light first. The Content-Security-Policy allows exactly this script by its hash
 * (security-headers.ts), so any other inline script still never runs.
 */
import { createHash } from 'node:crypto';
import { colorSchemeStorageKey } from '../../contracts/color-scheme.ts';

export const colorSchemeScript = [
  'try{',
  `var s=localStorage.getItem(${JSON.stringify(colorSchemeStorageKey)});`,
  "if(s!=='light'&&s!=='dark')s=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';",
  "document.documentElement.setAttribute('data-mantine-color-scheme',s)",
  '}catch(e){}',
].join('');

/** The script's CSP source expression. */
export const colorSchemeScriptHash = `'sha256-${createHash('sha256').update(colorSchemeScript).digest('base64')}'`;
