import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import type { ConnectionStatus } from '../../../../../contracts/console-api.ts';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { QueryFrame } from '../../../../components/QueryFrame.tsx';
import { citrixSiteOf } from '../../../../api/citrix/sites.ts';
import { connectionQueries } from '../../../../api/console/connection.ts';
import { describeProxyProblem, createProblem } from '../../../../lib/api-problem.ts';
import { CitrixImageDetail } from './CitrixImageDetail.tsx';
import { ImageNotFound } from './ImageNotFound.tsx';
import { RackspaceImageDetail } from './RackspaceImageDetail.tsx';
import { rackspaceDetailAccount } from '../../rackspace-detail-account.ts';

type Provider = 'citrix' | 'rackspace';

/** `/images/:provider/:imageId`: reads the connection and hands the IDs to the provider's page. */
export function ImageDetailPage() {
  const { provider = '', imageId = '' } = useParams();
  const connection = useQuery(connectionQueries.status());
  if (provider !== 'citrix' && provider !== 'rackspace') {
    return <ImageNotFound what={`image provider called “${provider}”`} />;
  }
  return (
    <QueryFrame query={connection} errorTitle="Could not read the connection">
      {(status) => <ProviderImageDetail status={status} provider={provider} imageId={imageId} />}
    </QueryFrame>
  );
}

interface ProviderImageDetailProps {
  status: ConnectionStatus;
  provider: Provider;
  imageId: string;
}

function ProviderImageDetail({ status, provider, imageId }: ProviderImageDetailProps) {
  const [params] = useSearchParams();
  const providerStatus = status[provider];
  if (providerStatus.state !== 'connected') {
    const problem =
      providerStatus.state === 'error'
        ? describeProxyProblem(providerStatus.problem)
        : createProblem('not-configured');
    return <ApiErrorAlert problem={problem} title="This provider is not connected" />;
  }
  // Links from the gallery name the region; without one, the connection's default region.
  const account = rackspaceDetailAccount(status.rackspace, params.get('region'));
  if (provider === 'rackspace' && account) {
    return <RackspaceImageDetail account={account} imageId={imageId} />;
  }
  const site = citrixSiteOf(status.citrix);
  if (provider === 'citrix' && site) {
    return <CitrixImageDetail site={site} imageId={imageId} />;
  }
  return null;
}
