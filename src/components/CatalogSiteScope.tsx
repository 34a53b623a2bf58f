import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryFrame } from './QueryFrame.tsx';
import { citrixSiteOf, type CitrixSite } from '../api/citrix/sites.ts';
import { connectionQueries } from '../api/console/connection.ts';
import type { CitrixStatus } from '../../contracts/console-api.ts';

export interface CatalogSiteScopeProps {
  children: (scope: CitrixSite) => ReactNode;
}

function CitrixNotConnected({ citrix }: { citrix: CitrixStatus }) {
  return (
    <Alert color="gray" title="Citrix is not connected">
      {citrix.state === 'error'
        ? `The console could not connect to Citrix Cloud: ${citrix.problem.message}`
        : 'No Citrix Cloud credentials are configured, so there are no catalogs to show. See Settings.'}
    </Alert>
  );
}

/** Catalog pages need the Citrix customer and site the connection discovered; this waits for them. */
export function CatalogSiteScope({ children }: CatalogSiteScopeProps) {
  const statusQuery = useQuery(connectionQueries.status());
  return (
    <QueryFrame query={statusQuery} errorTitle="Could not read the connection">
      {({ citrix }) => {
        const site = citrixSiteOf(citrix);
        return site ? children(site) : <CitrixNotConnected citrix={citrix} />;
      }}
    </QueryFrame>
  );
}
