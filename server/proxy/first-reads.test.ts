import type { IncomingMessage } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from '../../contracts/console-api.ts';
import { galleryFirstReads } from '../../contracts/first-reads.ts';
import type { Identity } from '../auth/auth.ts';
import { createFirstReads } from './first-reads.ts';

const connection: ConnectionStatus = {
  mode: 'cloud',
  citrix: {
    state: 'connected',
    region: 'us',
    customerId: 'acme',
    customerName: null,
    siteId: 'site 1',
    siteName: null,
  },
  rackspace: { state: 'connected', region: 'DFW', regions: ['DFW', 'ORD'], tenantId: '123' },
  checkedAt: '2026-12-03T06:00:00.000Z',
};
const someone = { actor: { subject: 'sub-1' } } as unknown as Identity;
const req = {} as IncomingMessage;

function firstReads(options: {
  identity?: Identity | null;
  status?: () => Promise<ConnectionStatus>;
}) {
  const identify = vi.fn(async () => (options.identity === undefined ? someone : options.identity));
  const status = vi.fn(options.status ?? (async () => connection));
  return { reads: createFirstReads({ identify, status, waitMs: 30 }), identify, status };
}

describe('the first reads a page’s HTML names', () => {
  it('names the gallery’s, on both of its addresses, for a signed-in person', async () => {
    const { reads } = firstReads({});
    expect(await reads(req, '/images')).toEqual(galleryFirstReads(connection));
    expect(await reads(req, '/')).toEqual(galleryFirstReads(connection));
    expect(galleryFirstReads(connection)).toEqual([
      '/api/catalogservice/acme/site%201/images?includeCitrixPrepared=true&includeCustomerPrepared=true',
      '/api/rackspace/dfw/v2/123/images/detail?limit=100',
      '/api/rackspace/ord/v2/123/images/detail?limit=100',
    ]);
  });

  it('names none to someone not signed in: they name the customer, site and tenant', async () => {
    const { reads, status } = firstReads({ identity: null });
    expect(await reads(req, '/images')).toEqual([]);
    expect(status).not.toHaveBeenCalled();
  });

  it('reads neither the session nor the connection for a page without first reads', async () => {
    const { reads, identify, status } = firstReads({});
    expect(await reads(req, '/catalogs')).toEqual([]);
    expect(await reads(req, '/no-such-page')).toEqual([]);
    expect(identify).not.toHaveBeenCalled();
    expect(status).not.toHaveBeenCalled();
  });

  it('does not hold the page up when the connection is slow, or failing', async () => {
    // A connection that never answers: the page is sent without them (a hang fails the test).
    const slow = firstReads({ status: () => new Promise(() => {}) });
    expect(await slow.reads(req, '/images')).toEqual([]);

    const failing = firstReads({ status: () => Promise.reject(new Error('token endpoint down')) });
    expect(await failing.reads(req, '/images')).toEqual([]);
  });

  it('names only what is connected', async () => {
    const citrixOnly = { ...connection, rackspace: { state: 'not-configured' as const } };
    const { reads } = firstReads({ status: async () => citrixOnly });
    expect(await reads(req, '/images')).toEqual([
      '/api/catalogservice/acme/site%201/images?includeCitrixPrepared=true&includeCustomerPrepared=true',
    ]);
  });
});
