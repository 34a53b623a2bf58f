import type { CitrixStatus } from '../../../../contracts/console-api.ts';
import { Facts, type Fact } from '../../../components/Facts.tsx';
import { citrixCloudRegionInWords } from '../../../lib/region-words.ts';
import { ProviderState } from './ProviderState.tsx';

const notNamed = 'No name given';

function citrixItems(status: CitrixStatus): Fact[] {
  const state = { label: 'Status', value: <ProviderState status={status} /> };
  switch (status.state) {
    case 'not-configured':
      return [state];
    case 'error':
      return [
        state,
        { label: 'Region', value: citrixCloudRegionInWords(status.region) },
        ...(status.customerId
          ? [{ label: 'Customer ID', value: status.customerId, copy: status.customerId }]
          : []),
      ];
    case 'connected':
      return [
        state,
        { label: 'Region', value: citrixCloudRegionInWords(status.region) },
        { label: 'Customer ID', value: status.customerId, copy: status.customerId },
        { label: 'Customer name', value: status.customerName ?? notNamed },
        { label: 'Site ID', value: status.siteId, copy: status.siteId },
        { label: 'Site name', value: status.siteName ?? notNamed },
      ];
  }
}

export function CitrixDetails({ status }: { status: CitrixStatus }) {
  return (
    <Facts
      title="Citrix DaaS"
      label="Citrix DaaS connection"
      headingOrder={3}
      facts={citrixItems(status)}
    />
  );
}
