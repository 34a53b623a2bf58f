import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import type { SiteScope } from '../../features/catalogs/api/catalog-queries.ts';
import { connectionQueries } from '../../features/connection/api/connection-queries.ts';
import { toApiProblem } from '../../lib/api-problem.ts';

export interface CatalogSiteScopeProps {
  children: (scope: SiteScope) => ReactNode;
}

/** Catalog pages need the Citrix customer and site the connection discovered; this waits for them. */
export function CatalogSiteScope({ children }: CatalogSiteScopeProps) {
  const statusQuery = useQuery(connectionQueries.status());
  const citrix = statusQuery.data?.citrix;
  if (citrix?.state === 'connected') {
    return <>{children({ customerId: citrix.customerId, siteId: citrix.siteId })}</>;
  }
  if (citrix) {
    return (
      <Alert color="gray" title="Citrix is not connected">
        {citrix.state === 'not-configured'
          ? 'No Citrix Cloud credentials are configured, so there are no catalogs to show. See Settings.'
          : `The console could not connect to Citrix Cloud: ${citrix.problem.message}`}
      </Alert>
    );
  }
  if (statusQuery.error) {
    return (
      <ApiErrorAlert
        problem={toApiProblem(statusQuery.error)}
        title="Could not read the connection"
      />
    );
  }
  return <PageLoader />;
}
