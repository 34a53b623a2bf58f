import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../../../components/PageLoader.tsx';
import { citrixSiteOf } from '../../../../api/citrix/sites.ts';
import { connectionQueries } from '../../../../api/console/connection.ts';
import { CitrixImageDetail } from './CitrixImageDetail.tsx';
import { ImageNotFound } from './ImageNotFound.tsx';
import { RackspaceImageDetail } from './RackspaceImageDetail.tsx';
import { describeProxyProblem, toApiProblem, createProblem } from '../../../../lib/api-problem.ts';

/** `/images/:provider/:imageId`: reads the connection and hands the IDs to the provider's page. */
export function ImageDetailPage() {
  const { provider = '', imageId = '' } = useParams();
  const [params] = useSearchParams();
  const connection = useQuery(connectionQueries.status());
  if (provider !== 'citrix' && provider !== 'rackspace') {
    return <ImageNotFound what={`image provider called “${provider}”`} />;
  }
  if (!connection.data) {
    return connection.error ? (
      <ApiErrorAlert
        problem={toApiProblem(connection.error)}
        title="Could not read the connection"
      />
    ) : (
      <PageLoader />
    );
  }
  const status = connection.data[provider];
  if (status.state !== 'connected') {
    const problem =
      status.state === 'error'
        ? describeProxyProblem(status.problem)
        : createProblem('not-configured');
    return <ApiErrorAlert problem={problem} title="This provider is not connected" />;
  }
  const { citrix, rackspace } = connection.data;
  if (provider === 'rackspace' && rackspace.state === 'connected') {
    // Links from the gallery name the region; without one, the connection's default region.
    const asked = params.get('region')?.toUpperCase();
    const region = rackspace.regions.find((known) => known === asked) ?? rackspace.region;
    return (
      <RackspaceImageDetail account={{ region, tenantId: rackspace.tenantId }} imageId={imageId} />
    );
  }
  const site = citrixSiteOf(citrix);
  if (provider === 'citrix' && site) {
    return <CitrixImageDetail site={site} imageId={imageId} />;
  }
  return null;
}
