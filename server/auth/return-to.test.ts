import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

const publicUrl = 'https://console.example.com';

describe('safeReturnTo', () => {
  it.each([
    ['/sessions', '/sessions'],
    ['/images?view=grid&sort=name', '/images?view=grid&sort=name'],
    ['/catalogs/7#rollout', '/catalogs/7#rollout'],
  ])('keeps the console path %s', (value, expected) => {
    expect(safeReturnTo(value, publicUrl)).toBe(expected);
  });

  it.each([
    null,
    '',
    'images',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/auth/logout',
    '/auth/callback?code=x',
    `/${'a'.repeat(3000)}`,
  ])('turns %o into /', (value) => {
    expect(safeReturnTo(value, publicUrl)).toBe('/');
  });
});
