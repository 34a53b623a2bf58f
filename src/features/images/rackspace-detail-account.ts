import type { RackspaceStatus } from '../../../contracts/console-api.ts';
import type { RackspaceAccount } from '../../api/rackspace/image-requests.ts';

/**
 * The account and region a Rackspace image's page reads from: the region its link names
 * (`?region=`, as the gallery's links do) when the connection knows it, else the connection's
 * default. Null when Rackspace is not connected.
 */
export function rackspaceDetailAccount(
  rackspace: RackspaceStatus,
  regionParam: string | null,
): RackspaceAccount | null {
  if (rackspace.state !== 'connected') return null;
  const asked = regionParam?.toUpperCase();
  const region = rackspace.regions.find((known) => known === asked) ?? rackspace.region;
  return { region, tenantId: rackspace.tenantId };
}
