import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { AddressProblemsNotice } from '../../../components/AddressProblemsNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { pageHeadings } from '../../../lib/page-headings.ts';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { connectionQueries } from '../../../api/console/connection.ts';
import { galleryClouds } from '../gallery-queries.ts';
import { ImageGallery } from './ImageGallery.tsx';
import { galleryAddressProblems } from '../gallery-search.ts';
import { describeProxyProblem } from '../../../lib/api-problem.ts';
import { paths } from '../../../lib/paths.ts';
import type { ConnectionStatus } from '../../../../contracts/console-api.ts';

function providerNotice(status: ConnectionStatus['citrix'] | ConnectionStatus['rackspace']) {
  if (status.state === 'error') return describeProxyProblem(status.problem).message;
  return (
    <Text size="sm">
      It is not configured on the console server.{' '}
      <Anchor component={Link} to={paths.settings.href()}>
        Settings
      </Anchor>{' '}
      explains how to connect it.
    </Text>
  );
}

/** The gallery page: reads which clouds are connected and hands their IDs to the gallery. */
export function ImagesPage() {
  const connection = useQuery(connectionQueries.status());
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader {...pageHeadings.images} />
      <AddressProblemsNotice problems={galleryAddressProblems(params)} />
      <QueryFrame query={connection} errorTitle="Could not read the connection">
        {(status) => (
          <ImageGallery
            {...galleryClouds(status)}
            citrixNotice={providerNotice(status.citrix)}
            rackspaceNotice={providerNotice(status.rackspace)}
          />
        )}
      </QueryFrame>
    </>
  );
}
