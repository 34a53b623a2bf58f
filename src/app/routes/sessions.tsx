import { useQuery } from '@tanstack/react-query';
import { catalogQueries } from '../../features/catalogs/api/catalog-queries.ts';
import { connectionQueries } from '../../features/connection/api/connection-queries.ts';
import { SessionsPage } from '../../features/sessions/components/SessionsPage.tsx';

/**
 * Sessions, with filter options from the catalog service: each catalog has one delivery group of
 * the same name. Without a catalog list the filters still work from a link, with fewer choices.
 */
export function SessionsRoute() {
  const connection = useQuery(connectionQueries.status());
  const citrix = connection.data?.citrix;
  const scope =
    citrix?.state === 'connected' && citrix.customerId && citrix.siteId
      ? { customerId: citrix.customerId, siteId: citrix.siteId }
      : undefined;
  const catalogs = useQuery({
    ...catalogQueries.list(scope ?? { customerId: '', siteId: '' }),
    enabled: !!scope,
  });
  const catalogNames = [...new Set((catalogs.data ?? []).map((catalog) => catalog.name))].sort();
  return <SessionsPage catalogNames={catalogNames} />;
}
