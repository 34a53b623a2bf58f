import type {
  CitrixStatus,
  ConnectionStatus,
  RackspaceStatus,
} from '../../../contracts/console-api.ts';
import { describeProxyProblem } from '../../lib/api-problem.ts';
import { regionWords } from '../../lib/region-words.ts';

/**
 * "Simulator" or "Cloud": the header's badge. The Citrix Cloud region, in words, is in the
 * connection's details; a badge has no room for "Asia Pacific South".
 */
export function modeLabel({ mode }: ConnectionStatus) {
  return mode === 'simulator' ? 'Simulator' : 'Cloud';
}

export function modeDescription({ mode }: ConnectionStatus) {
  return mode === 'simulator'
    ? 'The console is talking to its built-in simulator. Nothing you do here reaches a real cloud.'
    : 'The console is talking to the real Citrix Cloud and Rackspace APIs. Changes are real.';
}

/** Customer and site by name, falling back to their IDs when Citrix has no name for them. */
export function citrixHeadline(status: CitrixStatus) {
  switch (status.state) {
    case 'connected':
      return `${status.customerName ?? status.customerId} · ${status.siteName ?? status.siteId}`;
    case 'not-configured':
      return 'Citrix not configured';
    case 'error':
      return `Citrix: ${describeProxyProblem(status.problem).title}`;
  }
}

export function rackspaceHeadline(status: RackspaceStatus) {
  switch (status.state) {
    case 'connected':
      return `Rackspace ${regionWords(status.region)}`;
    case 'not-configured':
      return 'Rackspace not configured';
    case 'error':
      return `Rackspace: ${describeProxyProblem(status.problem).title}`;
  }
}

export function hasProblem({ citrix, rackspace }: ConnectionStatus) {
  return citrix.state === 'error' || rackspace.state === 'error';
}
