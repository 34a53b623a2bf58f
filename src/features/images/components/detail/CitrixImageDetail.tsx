import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CloudText } from '../../../../components/CloudText.tsx';
import { CodeWords } from '../../../../components/CodeWords.tsx';
import { Facts } from '../../../../components/Facts.tsx';
import { ImageBadges } from '../../../../components/ImageBadges.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { stateWords } from '../../../../lib/catalog-words.ts';
import { paths } from '../../../../lib/paths.ts';
import { citrixImageQueries, type CitrixImageDetails } from '../../../../api/citrix/images.ts';
import type { CitrixSite } from '../../../../api/citrix/sites.ts';
import { fromCitrixImage } from '../../gallery-image.ts';
import { citrixImageFields } from './citrix-image-fields.tsx';
import { CitrixRolloutAction } from './CitrixRolloutAction.tsx';
import { ImageDetailFrame, ImageStatusLine } from './ImageDetailFrame.tsx';

export interface CitrixImageDetailProps {
  site: CitrixSite;
  imageId: string;
}

export function CitrixImageDetail({ site, imageId }: CitrixImageDetailProps) {
  const detail = useQuery(citrixImageQueries.detail(site, imageId));
  return (
    <ImageDetailFrame query={detail} what={`Citrix DaaS image with ID ${imageId}`}>
      {(image) => (
        <CitrixImageView
          image={image}
          updatedAt={detail.dataUpdatedAt}
          refreshing={detail.isFetching}
        />
      )}
    </ImageDetailFrame>
  );
}

interface CitrixImageViewProps {
  image: CitrixImageDetails;
  updatedAt: number;
  refreshing: boolean;
}

function CitrixImageView({ image, updatedAt, refreshing }: CitrixImageViewProps) {
  const gallery = fromCitrixImage(image, updatedAt);
  const catalogs = image.catalogs ?? [];
  const catalogItems = catalogs.map((catalog) => (
    <List.Item key={catalog.catalogId}>
      <CloudText>
        <Anchor component={Link} to={paths.catalogDetail.href(catalog.catalogId)}>
          {catalog.catalogName}
        </Anchor>{' '}
        <Text span size="sm" c="dimmed">
          <CodeWords value={{ words: stateWords(catalog.state).label, code: catalog.state }} />
          {catalog.azureSubscription ? ` · ${catalog.azureSubscription}` : ''}
        </Text>
      </CloudText>
    </List.Item>
  ));
  const applications = (image.applications ?? []).map((app) => (
    <List.Item key={app.id}>
      {app.name}{' '}
      <Text span size="xs" c="dimmed">
        {app.applicationPath}
      </Text>
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
        <ImageStatusLine image={gallery} updatedAt={updatedAt} refreshing={refreshing}>
          <ImageBadges
            citrixPrepared={image.citrixPrepared}
            deprecated={image.isDeprecated}
            size="md"
          />
        </ImageStatusLine>
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
        <Facts title="Details" label="Image details" facts={citrixImageFields(image)} />
        {applications.length > 0 && (
          <Card withBorder component="section" aria-labelledby="image-apps">
            <Title id="image-apps" order={2} size="h4" mb="xs">
              Applications found on the image
            </Title>
            <List spacing={4}>{applications}</List>
          </Card>
        )}
      </Stack>
    </>
  );
}
