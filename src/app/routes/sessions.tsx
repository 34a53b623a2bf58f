import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { catalogQueries } from '../../api/citrix/catalogs.ts';
import { citrixSiteOf } from '../../api/citrix/sites.ts';
import { connectionQueries } from '../../api/console/connection.ts';
import { SessionsPage } from '../../features/sessions/components/SessionsPage.tsx';
import { useAfterFirstPaint } from '../../hooks/use-after-first-paint.ts';

/**
 * Sessions, with filter options from the catalog service: each catalog has one delivery group of
 * the same name. Without a catalog list the filters still work from a link, with fewer choices.
 */
export function SessionsRoute() {
  const connection = useQuery(connectionQueries.status());
  const site = citrixSiteOf(connection.data?.citrix);
  const scope = site?.customerId && site.siteId ? site : undefined;
  // Only the pickers use the names: read once the sessions have painted, not beside them.
  const painted = useAfterFirstPaint();
  const catalogs = useQuery({
    ...catalogQueries.list(scope ?? { customerId: '', siteId: '' }),
    enabled: !!scope && painted,
  });
  // The same list until the names change: the page draws again only then, not each time these
  // reads' state changes (React draws a read's news at once, in one piece).
  const catalogNames = useMemo(
    () => [...new Set((catalogs.data ?? []).map((catalog) => catalog.name))].sort(),
    [catalogs.data],
  );
  return <SessionsPage catalogNames={catalogNames} />;
}
