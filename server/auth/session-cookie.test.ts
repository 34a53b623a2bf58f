import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, readSessionId, sessionCookie } from './session-cookie.ts';

const id = Buffer.alloc(32, 1).toString('base64url');

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/ and not Secure on http', () => {
    expect(sessionCookie('http://127.0.0.1:5173', id, 12 * 3_600_000)).toBe(
      `daas-console-session=${id}; Max-Age=43200; Path=/; HttpOnly; SameSite=Lax`,
    );
  });

  it('is __Host- prefixed and Secure on https, with no Domain', () => {
    const cookie = sessionCookie('https://console.example.com', id, 3_600_000);

    expect(cookie).toBe(
      `__Host-daas-console-session=${id}; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax; Secure`,
    );
    expect(cookie).not.toMatch(/domain/i);
  });

  it('is cleared with the same name and attributes', () => {
    expect(clearedSessionCookie('https://console.example.com')).toBe(
      '__Host-daas-console-session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it('is read by its name only, and only when it looks like an id this console mints', () => {
    const headers = (cookie: string) => ({ cookie });
    const http = 'http://127.0.0.1:5173';
    const https = 'https://console.example.com';

    expect(readSessionId(headers(`other=1; daas-console-session=${id}`), http)).toBe(id);
    expect(readSessionId(headers(`daas-console-session=${id}`), https)).toBeNull();
    expect(readSessionId(headers(`__Host-daas-console-session=${id}`), https)).toBe(id);
    expect(readSessionId(headers('daas-console-session=<script>'), http)).toBeNull();
    expect(readSessionId({}, http)).toBeNull();
  });
});
