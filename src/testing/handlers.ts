import { http, HttpResponse } from 'msw';
import type {
  CitrixStatus,
  ConnectionStatus,
  RackspaceStatus,
} from '../../contracts/console-api.ts';

const connectedCitrix = {
  state: 'connected',
  region: 'us',
  customerId: 'simcust01',
  customerName: 'Contoso Health',
  siteId: '6f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10',
  siteName: 'Contoso Cloud Site',
} satisfies CitrixStatus;

const connectedRackspace = {
  state: 'connected',
  region: 'DFW',
  regions: ['DFW', 'ORD', 'IAD'],
  tenantId: '987654',
} satisfies RackspaceStatus;

/** What the console server reports when it runs against its built-in simulator. */
export const simulatorConnection: ConnectionStatus = {
  mode: 'simulator',
  citrix: connectedCitrix,
  rackspace: connectedRackspace,
  checkedAt: '2026-11-24T10:00:00.000Z',
};

/** The same connection after `POST /api/connection/test`, which times each provider. */
export const testedSimulatorConnection: ConnectionStatus = {
  mode: 'simulator',
  citrix: { ...connectedCitrix, latencyMs: 142 },
  rackspace: { ...connectedRackspace, latencyMs: 87 },
  checkedAt: '2026-11-24T10:05:00.000Z',
};

/** Default network for unit tests; a test overrides one handler with `server.use(...)`. */
export const handlers = [
  http.get('/api/connection', () => HttpResponse.json(simulatorConnection)),
  http.post('/api/connection/test', () => HttpResponse.json(testedSimulatorConnection)),
];
