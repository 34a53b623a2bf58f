import type { RackspaceStatus } from '../../../../contracts/console-api.ts';
import { Facts, type Fact } from '../../../components/Facts.tsx';
import { regionWords } from '../../../lib/region-words.ts';
import { ProviderState } from './ProviderState.tsx';

function rackspaceItems(status: RackspaceStatus): Fact[] {
  const state = { label: 'Status', value: <ProviderState status={status} /> };
  switch (status.state) {
    case 'not-configured':
      return [state];
    case 'error':
      return [state, { label: 'Region', value: regionWords(status.region) }];
    case 'connected':
      return [
        state,
        { label: 'Region', value: regionWords(status.region) },
        {
          label: 'Available regions',
          value: status.regions.map(regionWords).join(', ') || 'None listed',
        },
        { label: 'Tenant ID', value: status.tenantId, copy: status.tenantId },
      ];
  }
}

export function RackspaceDetails({ status }: { status: RackspaceStatus }) {
  return (
    <Facts
      title="Rackspace Cloud Servers"
      label="Rackspace Cloud Servers connection"
      headingOrder={3}
      facts={rackspaceItems(status)}
    />
  );
}
