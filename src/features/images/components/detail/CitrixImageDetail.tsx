import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { CloudText } from '../../../../components/CloudText.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { PageLoader } from '../../../../components/PageLoader.tsx';
import { toApiProblem } from '../../../../lib/api-problem.ts';
import { paths } from '../../../../lib/paths.ts';
import { citrixImageQueries } from '../../../../api/citrix/images.ts';
import type { CitrixSite } from '../../../../api/citrix/sites.ts';
import { fromCitrixImage } from '../../gallery-image.ts';
import { ImageState } from '../ImageStateBadge.tsx';
import { UpdatedAgo } from '../UpdatedAgo.tsx';
import { citrixImageFields } from './citrix-image-fields.tsx';
import { CitrixRolloutAction } from './CitrixRolloutAction.tsx';
import { DetailFields } from './DetailFields.tsx';
import { ImageNotFound } from './ImageNotFound.tsx';

export interface CitrixImageDetailProps {
  site: CitrixSite;
  imageId: string;
}

export function CitrixImageDetail({ site, imageId }: CitrixImageDetailProps) {
  const detail = useQuery(citrixImageQueries.detail(site, imageId));
  const image = detail.data;
  if (!image) {
    if (!detail.error) return <PageLoader />;
    const problem = toApiProblem(detail.error);
    if (problem.kind === 'not-found')
      return <ImageNotFound what={`Citrix DaaS image with ID ${imageId}`} />;
    return <ApiErrorAlert problem={problem} title="Could not load the image" />;
  }
  const gallery = fromCitrixImage(image, detail.dataUpdatedAt);
  const catalogs = image.catalogs ?? [];
  const catalogItems = catalogs.map((catalog) => (
    <List.Item key={catalog.catalogId}>
      <CloudText>
        <Anchor component={Link} to={paths.catalogDetail(catalog.catalogId)}>
          {catalog.catalogName}
        </Anchor>{' '}
        <Text span size="sm" c="dimmed">
          {catalog.state}
          {catalog.azureSubscription ? ` · ${catalog.azureSubscription}` : ''}
        </Text>
      </CloudText>
    </List.Item>
  ));
  return (
    <>
      <PageHeader
        title={image.name}
        description={`Citrix DaaS master image · ${image.osName ?? 'unknown OS'}`}
        actions={<CitrixRolloutAction image={image} />}
      />
      <Stack gap="lg" maw={980}>
        {detail.error && (
          <ApiErrorAlert problem={toApiProblem(detail.error)} title="Could not refresh" />
        )}
        <Group gap="md">
          <ImageState image={gallery} />
          {image.citrixPrepared && (
            <Badge variant="outline" color="grape">
              Citrix prepared
            </Badge>
          )}
          {image.isDeprecated && (
            <Badge variant="outline" color="orange">
              Deprecated
            </Badge>
          )}
          <UpdatedAgo
            updatedAt={detail.dataUpdatedAt}
            refreshing={detail.isFetching}
            inFlight={gallery.tone === 'in-progress' ? 1 : 0}
          />
        </Group>
        <Card withBorder component="section" aria-labelledby="image-catalogs">
          <Title id="image-catalogs" order={2} size="h4" mb="xs">
            Catalogs using this image ({catalogs.length})
          </Title>
          {catalogs.length > 0 ? (
            <List spacing={4}>{catalogItems}</List>
          ) : (
            <Text size="sm" c="dimmed">
              No catalog uses this image yet.
            </Text>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="image-fields">
          <Title id="image-fields" order={2} size="h4" mb="xs">
            Details
          </Title>
          <DetailFields label="Image details" fields={citrixImageFields(image)} />
        </Card>
        {image.applications && image.applications.length > 0 && (
          <Card withBorder component="section" aria-labelledby="image-apps">
            <Title id="image-apps" order={2} size="h4" mb="xs">
              Applications found on the image
            </Title>
            <List spacing={4}>
              {image.applications.map((app) => (
                <List.Item key={app.id}>
                  {app.name}{' '}
                  <Text span size="xs" c="dimmed">
                    {app.applicationPath}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Card>
        )}
      </Stack>
    </>
  );
}
