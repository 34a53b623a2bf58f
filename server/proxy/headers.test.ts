import { describe, expect, it } from 'vitest';
import { pickHeaders, pickResponseHeaders, redactHeaders, requestHeadersFor } from './headers.ts';
import { formatRequestLine } from './request-log.ts';

describe('redactHeaders', () => {
  it('hides every credential-bearing value and keeps the rest readable', () => {
    const redacted = redactHeaders({
      authorization: 'CwsAuth bearer=secret-token',
      'x-auth-token': 'rax-token',
      cookie: 'session=1',
      'x-admincredential': 'Basic dXNlcjpwYXNz',
      'citrix-customerid': 'cust',
      accept: 'application/json',
    });
    expect(redacted).toEqual({
      authorization: '[redacted]',
      'x-auth-token': '[redacted]',
      cookie: '[redacted]',
      'x-admincredential': '[redacted]',
      'citrix-customerid': 'cust',
      accept: 'application/json',
    });
  });

  it('keeps tokens out of the request log line', () => {
    const line = formatRequestLine({
      method: 'GET',
      path: '/api/cvad/manage/Sessions',
      status: 401,
      durationMs: 12.4,
      auth: 'server',
      upstreamHeaders: { authorization: 'CwsAuth bearer=minted-123', 'x-auth-token': 'rax-456' },
    });
    expect(line).toContain('GET /api/cvad/manage/Sessions -> 401 in 12 ms');
    expect(line).not.toMatch(/minted-123|rax-456/);
  });
});

describe('allowlists', () => {
  it('keep only named request headers, per provider', () => {
    const browser = {
      cookie: 'a=1',
      origin: 'x',
      'x-auth-token': 't',
      authorization: 'a',
      accept: '*/*',
    };
    expect(pickHeaders(browser, requestHeadersFor.citrix)).toEqual({
      authorization: 'a',
      accept: '*/*',
    });
    expect(pickHeaders(browser, requestHeadersFor.rackspace)).toEqual({
      'x-auth-token': 't',
      accept: '*/*',
    });
  });

  it('never return Set-Cookie or hop-by-hop headers', () => {
    const picked = pickResponseHeaders({
      'set-cookie': ['a=1'],
      connection: 'keep-alive',
      'transfer-encoding': 'chunked',
      'retry-after': '2',
      'content-type': 'application/json',
    });
    expect(picked).toEqual({ 'retry-after': '2', 'content-type': 'application/json' });
  });
});
