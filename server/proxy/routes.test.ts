import { describe, expect, it } from 'vitest';
import { isSafeSegment, resolveRoute } from './routes.ts';

describe('resolveRoute', () => {
  it('maps the fixed prefixes', () => {
    expect(resolveRoute('/api/cvad/manage/Sessions?limit=5')).toEqual({
      kind: 'citrix',
      api: 'cvad',
      path: '/Sessions',
      query: '?limit=5',
      siteScoped: true,
    });
    expect(resolveRoute('/api/cvad/manage/me')).toMatchObject({ siteScoped: false });
    expect(resolveRoute('/api/cvad/manage/Sites/x')).toMatchObject({ siteScoped: false });
    expect(resolveRoute('/api/catalogservice/c/s/catalogs')).toMatchObject({
      kind: 'citrix',
      api: 'catalog',
      path: '/c/s/catalogs',
    });
    expect(resolveRoute('/api/rackspace/LoN/v2/42/images')).toEqual({
      kind: 'rackspace',
      region: 'LON',
      tenant: '42',
      path: '/images',
      query: '',
    });
    expect(resolveRoute('/api/connection')).toEqual({ kind: 'connection' });
  });

  it('leaves non-/api paths alone and refuses the rest of /api', () => {
    expect(resolveRoute('/apis')).toBeNull();
    expect(resolveRoute('/')).toBeNull();
    expect(resolveRoute('/api/cctrustoauth2/root/tokens/clients')).toMatchObject({
      kind: 'refused',
    });
    expect(resolveRoute('https://evil.example/api/connection')).toMatchObject({ kind: 'refused' });
  });
});

describe('isSafeSegment', () => {
  it.each(['Sessions', '$search', 'CORP%5Cvda', 'a%2Fb', 'name%20with%20space', 'v2.0'])(
    'accepts %s',
    (segment) => {
      expect(isSafeSegment(segment)).toBe(true);
    },
  );

  it.each([
    '',
    '.',
    '..',
    '%2e%2e',
    '%2E.',
    '..%2f..',
    '%252e%252e',
    '%5c..',
    'a\\b',
    '%00',
    '%zz',
  ])('refuses %s', (segment) => {
    expect(isSafeSegment(segment)).toBe(false);
  });
});
