import { expect } from 'vitest';

/**
 * What a page does with `/auth/logout`'s answer: load the one-time address it names, which
 * redirects to the IdP's end-session. The JSON itself never carries the ID token.
 */
export async function endSessionFrom(consoleUrl: string, response: Response): Promise<URL> {
  const text = await response.text();
  expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  const { redirectTo } = JSON.parse(text) as { redirectTo: string };
  expect(redirectTo).toMatch(/^\/auth\/sign-out\/continue\?ticket=[\w-]{43}$/);
  const step = await fetch(`${consoleUrl}${redirectTo}`, { redirect: 'manual' });
  expect(step.status).toBe(303);
  // One use only: the same ticket again leads to the signed-out page, not the IdP.
  const replay = await fetch(`${consoleUrl}${redirectTo}`, { redirect: 'manual' });
  expect(replay.headers.get('location')).toBe('/auth/signed-out');
  return new URL(step.headers.get('location')!);
}
