import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { AddressProblemsNotice } from '../../../components/AddressProblemsNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { pageHeadings } from '../../../lib/page-headings.ts';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { catalogQueries } from '../../../api/citrix/catalogs.ts';
import type { CitrixSite } from '../../../api/citrix/sites.ts';
import {
  applyCatalogListView,
  catalogListUrlView,
  type CatalogListView,
} from '../catalog-list-view.ts';
import { CatalogsTable } from './CatalogsTable.tsx';
import { CatalogSiteScope } from '../../../components/CatalogSiteScope.tsx';
import { usePermissions } from '../../../hooks/use-permissions.ts';
import { paths } from '../../../lib/paths.ts';
import { useUrlText } from '../../../hooks/use-url-text.ts';

/** Typing settles for this long before the search text is written to the URL. */
const searchUrlDelayMs = 300;

function CatalogList({ scope }: { scope: CitrixSite }) {
  const [params, setParams] = useSearchParams();
  const fromUrl = catalogListUrlView.read(params);
  const catalogsQuery = useQuery(catalogQueries.list(scope));
  const update = (next: Partial<CatalogListView>) =>
    setParams(
      (current) => catalogListUrlView.write({ ...catalogListUrlView.read(current), ...next }),
      {
        replace: true,
      },
    );
  // The list follows each key at once; the URL takes the text once typing pauses.
  const search = useUrlText(fromUrl.query, (query) => update({ query }), searchUrlDelayMs);
  const view = { ...fromUrl, query: search.text };

  return (
    <>
      <AddressProblemsNotice problems={catalogListUrlView.problems(params)} />
      <Group mb="md">
        <TextInput
          aria-label="Search catalogs"
          placeholder="Search by name, image, region or state"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search.text}
          onChange={(event) => search.type(event.currentTarget.value)}
          w={360}
        />
      </Group>
      <QueryFrame query={catalogsQuery} errorTitle="Could not load the catalogs">
        {(catalogs) => {
          const shown = applyCatalogListView(catalogs, view);
          return (
            <>
              <Text size="sm" c="dimmed" mb="xs" role="status">
                {shown.length} of {catalogs.length} catalogs
              </Text>
              <CatalogsTable catalogs={shown} view={view} onSortChange={update} />
            </>
          );
        }}
      </QueryFrame>
    </>
  );
}

export function CatalogsPage() {
  // Only admins may plan rollouts; others are not offered a page that would turn them away.
  const { rollouts } = usePermissions();
  return (
    <>
      <PageHeader
        {...pageHeadings.catalogs}
        actions={
          rollouts && (
            <Button component={Link} to={paths.newPlan.href()} variant="default">
              Plan a rollout to several catalogs
            </Button>
          )
        }
      />
      <CatalogSiteScope>{(scope) => <CatalogList scope={scope} />}</CatalogSiteScope>
    </>
  );
}
