import type { ConnectionStatus } from '../../contracts/console-api.ts';
import type { ProxySettings } from './config.ts';

/**
 * The one startup line: which mode, and what each provider points at. In simulator mode the
 * customer and site come from discovery; in cloud mode nothing is fetched before the first use.
 */
export function describeBackend(
  settings: ProxySettings,
  status: ConnectionStatus | null,
  simulatorUrl: string | null,
): string {
  if (settings.mode === 'simulator') {
    const citrix = status?.citrix;
    const rackspace = status?.rackspace;
    const citrixPart =
      citrix?.state === 'connected'
        ? `customer ${citrix.customerId}, site ${citrix.siteName ?? citrix.siteId}`
        : `Citrix ${citrix?.state === 'error' ? `unavailable (${citrix.problem.message})` : 'not started'}`;
    const rackspacePart =
      rackspace?.state === 'connected'
        ? `Rackspace tenant ${rackspace.tenantId} in ${rackspace.region}`
        : 'Rackspace unavailable';
    return `Console proxy: simulator mode (${simulatorUrl}) — ${citrixPart}; ${rackspacePart}`;
  }
  const citrixPart = settings.citrix ? `Citrix ${settings.citrix.region}` : 'Citrix not configured';
  const rackspacePart = settings.rackspace
    ? `Rackspace ${settings.rackspace.region ?? 'default region'}`
    : 'Rackspace not configured';
  return `Console proxy: cloud mode — ${citrixPart}, ${rackspacePart}`;
}
