import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { PageLoader } from './PageLoader.tsx';
import { citrixSiteOf, type CitrixSite } from '../api/citrix/sites.ts';
import { connectionQueries } from '../api/console/connection.ts';
import { toApiProblem } from '../lib/api-problem.ts';

export interface CatalogSiteScopeProps {
  children: (scope: CitrixSite) => ReactNode;
}

/** Catalog pages need the Citrix customer and site the connection discovered; this waits for them. */
export function CatalogSiteScope({ children }: CatalogSiteScopeProps) {
  const statusQuery = useQuery(connectionQueries.status());
  const citrix = statusQuery.data?.citrix;
  const site = citrixSiteOf(citrix);
  if (site) return <>{children(site)}</>;
  if (citrix && citrix.state !== 'connected') {
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
