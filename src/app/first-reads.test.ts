/**
 * The server names a page's first reads in its HTML (`contracts/first-reads.ts`), and the browser
 * hands a preloaded answer only to a request for the very same URL: the app must ask for exactly
 * those, first, or each would be read twice.
 */
import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionStatusSchema } from '../../contracts/console-api.ts';
import { galleryFirstReads } from '../../contracts/first-reads.ts';
import { simulatorConnection } from '../testing/handlers.ts';
import {
  citrixListHandler,
  rackspaceImage,
  rackspaceRegionsHandler,
} from '../testing/image-fixtures.ts';
import { server } from '../testing/msw-server.ts';
import { startFirstPageReads } from './first-page-reads.ts';

const rackspace = simulatorConnection.rackspace as Extract<
  typeof simulatorConnection.rackspace,
  { state: 'connected' }
>;

const connections = {
  'three regions': simulatorConnection,
  'six regions, more than are read at once': {
    ...simulatorConnection,
    rackspace: { ...rackspace, regions: ['DFW', 'ORD', 'IAD', 'LON', 'SYD', 'HKG'] },
  },
  'a service catalog that lists no region': {
    ...simulatorConnection,
    rackspace: { ...rackspace, region: 'LON', regions: [] },
  },
  'Rackspace only': { ...simulatorConnection, citrix: { state: 'not-configured' } },
  'Citrix only': { ...simulatorConnection, rackspace: { state: 'not-configured' } },
} as const;

let stopListening = () => {};
afterEach(() => stopListening());

/** Every cloud read the app sends, in order, as path and query. */
function recordReads() {
  const reads: string[] = [];
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname !== '/api/connection') reads.push(url.pathname + url.search);
  };
  server.events.on('request:start', record);
  stopListening = () => server.events.removeListener('request:start', record);
  return reads;
}

describe('the gallery’s first reads', () => {
  it.each(Object.entries(connections))(
    'are the very requests the app sends first, with %s',
    async (_, connection) => {
      server.use(
        http.get('/api/connection', () => HttpResponse.json(connection)),
        citrixListHandler(),
        rackspaceRegionsHandler((region) => [rackspaceImage(1, { name: `${region}-web` })]),
      );
      const named = galleryFirstReads(connectionStatusSchema.parse(connection));
      expect(named.length).toBeGreaterThan(0);
      const reads = recordReads();

      startFirstPageReads(new QueryClient(), '/images');

      await waitFor(() => expect(reads.length).toBeGreaterThanOrEqual(named.length));
      expect(new Set(reads.slice(0, named.length))).toEqual(new Set(named));
    },
  );
});
