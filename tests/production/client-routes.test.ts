/** Which addresses the servers answer with the app (server/production/client-routes.ts). */
import { describe, expect, it } from 'vitest';
import { isClientRoute } from '../../server/production/client-routes.ts';

describe('a client route', () => {
  it('is any page of the console, a person with a dot in their account name too', () => {
    for (const path of ['/', '/images', '/catalogs/c1', '/sessions/s1', '/users/aisha.rossi']) {
      expect(isClientRoute(path), path).toBe(true);
    }
  });

  it('is any other address without an extension: the app says it has no such page', () => {
    expect(isClientRoute('/no/such/page')).toBe(true);
  });

  it('is no missing file, and nothing of the server’s own', () => {
    for (const path of ['/assets/index-OLD.js', '/favicon.ico', '/api', '/api/me', '/auth/login']) {
      expect(isClientRoute(path), path).toBe(false);
    }
  });
});
