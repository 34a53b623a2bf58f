import { Anchor, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { NotFoundPanel } from '../../components/NotFoundPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryFrame } from '../../components/QueryFrame.tsx';
import { catalogQueries } from '../../api/citrix/catalogs.ts';
import type { CitrixSite } from '../../api/citrix/sites.ts';
import { CatalogDetails } from '../../features/catalogs/components/CatalogDetails.tsx';
import { RolloutHistory } from '../../features/rollouts/components/RolloutHistory.tsx';
import { RolloutLinkButton } from '../../features/rollouts/components/RolloutLinkButton.tsx';
import { toApiProblem } from '../../lib/api-problem.ts';
import { paths } from '../../lib/paths.ts';
import { CatalogSiteScope } from '../../components/CatalogSiteScope.tsx';

function CatalogPage({ scope, catalogId }: { scope: CitrixSite; catalogId: string }) {
  const catalogQuery = useQuery(catalogQueries.detail(scope, catalogId));
  return (
    <QueryFrame
      query={catalogQuery}
      errorTitle="Could not load the catalog"
      renderError={(error) =>
        toApiProblem(error).kind === 'not-found' ? (
          <NotFoundPanel
            title="Catalog not found"
            what={`catalog with ID ${catalogId}`}
            back={{ to: paths.catalogs.href(), label: 'Back to the catalogs' }}
          />
        ) : (
          <>
            <PageHeader title="Catalog" />
            <ApiErrorAlert
              error={error}
              title="Could not load the catalog"
              onRetry={() => void catalogQuery.refetch()}
            />
          </>
        )
      }
    >
      {(catalog) => (
        <>
          <PageHeader
            title={catalog.name}
            description="Catalog"
            actions={
              <Group gap="md" wrap="nowrap">
                {/* The audit trail of everything done to this catalog, by anyone. */}
                <Anchor component={Link} to={paths.audit.href({ target: catalog.id })}>
                  History
                </Anchor>
                <RolloutLinkButton to={paths.newRollout.href({ catalog: catalog.id })}>
                  Update image
                </RolloutLinkButton>
              </Group>
            }
          />
          <Stack gap="md">
            <CatalogDetails catalog={catalog} />
            <RolloutHistory catalogId={catalog.id} />
          </Stack>
        </>
      )}
    </QueryFrame>
  );
}

export function CatalogDetailRoute() {
  const { catalogId = '' } = useParams();
  return (
    <CatalogSiteScope>
      {(scope) => <CatalogPage scope={scope} catalogId={catalogId} />}
    </CatalogSiteScope>
  );
}
