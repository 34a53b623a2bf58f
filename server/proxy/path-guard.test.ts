import { describe, expect, it } from 'vitest';
import { pathProblem } from './path-guard.ts';

describe('pathProblem refuses look-alikes', () => {
  it.each([
    ['/files/..;/secret', /"\.\.;" carries ";" parameters/],
    ['/files/%2e%2e;/secret', /"%2e%2e;" carries ";" parameters/],
    ['/files/%2E%2E%3B/secret', /carries ";" parameters/],
    ['/files/page;jsessionid=0123ABC', /carries ";" parameters/],
    ['/files/page%253Bjsessionid=1', /carries ";" parameters/],
    ['/files/%EF%BC%8E%EF%BC%8E/secret', /is a "\.\." step once decoded and Unicode-normalised/],
    ['/files/\uff0e\uff0e/secret', /holds raw non-ASCII/],
    ['/files/%EF%BC%8E', /is a "\." step/],
    ['/files/%E2%80%A5', /is a "\.\." step/],
    ['/files/../secret', /"\.\." is a "\.\." step$/],
    ['/files/./secret', /is a "\." step$/],
    ['/files/%2e%2e/secret', /is a "\.\." step once decoded$/],
    ['/files/%252e%252e/secret', /is a "\.\." step once decoded$/],
    ['/files/..%2f..%2fsecret', /hides a "\/"/],
    ['/files/a%2Fb', /hides a "\/"/],
    ['/files/a%EF%BC%8Fb', /hides a "\/"/],
    ['/files/..%5c..%5csecret', /holds a "\.\." step between backslashes/],
    ['/files/..\\secret', /holds a "\.\." step between backslashes/],
    ['/files/name%00.json', /holds a control character/],
    ['/files/a%0d%0aSet-Cookie:%20x=1', /holds a control character/],
    ['/files/s1#/$logoff', /holds a raw "#"/],
    ['/files/caf\u00e9', /holds raw non-ASCII/],
    ['/files/%zz', /is not valid percent-encoding/],
    ['/files/%E2%80', /is not valid percent-encoding/],
    ['/files/%2525252e', /still percent-encoded after 3 decodings/],
  ])('%s', (path, reason) => {
    expect(pathProblem(path)).toMatch(reason);
  });

  it('names the segment it refuses, in words', () => {
    expect(pathProblem('/a/b/..;/c')).toBe(
      'segment "..;" carries ";" parameters, which some servers drop and others keep',
    );
  });
});

describe('pathProblem lets through the paths the console uses', () => {
  it.each([
    '/',
    '/images/',
    '/sessions/CORP%5Cvda%2001',
    '/api/me',
    '/api/audit/export.csv?from=2024-01-01T00:00:00Z&outcome=refused',
    '/api/operations/6b1f3c1e-8f7a-4f2e-9a51-0c2d3e4f5a6b',
    '/api/cvad/manage/Sessions?$search=a;b..c&fields=Id,UserName',
    '/api/cvad/manage/Sessions/$search?limit=50&continuationToken=abc%3D%3D;..',
    '/api/cvad/manage/Sessions/CORP%5Cvda%2001/$logoff?async=true',
    '/api/cvad/manage/Jobs/5f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10',
    '/api/catalogservice/simcust01/6f1c2a0e/catalogs/k%C3%BC1/$updateImage?async=true',
    '/api/catalogservice/simcust01/sites',
    '/api/rackspace/dfw/v2/987654/images/detail?marker=abc.def;1&limit=20&changes-since=x',
    '/api/rackspace/ord/v2/987654/images/0b2d4e6f-1a3c-5e7a-9c1e-3a5c7e9a1c3e',
    '/assets/index-Dk3.js',
    '/.well-known/openid-configuration',
    '/files/v1..2',
    '/files/...',
    '/files/100%25',
    '/files/%E6%97%A5%E6%9C%AC',
    '/files/%EF%BC%B6%EF%BC%A4%EF%BC%A1',
  ])('%s', (path) => {
    expect(pathProblem(path)).toBeNull();
  });
});
