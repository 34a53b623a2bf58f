import { Alert, Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CloudText } from '../../../components/CloudText.tsx';
import type { Catalog } from '../../../api/citrix/catalogs.ts';
import {
  citrixImageHref,
  sessionSupportWords,
  subStateInWords,
} from '../../../lib/catalog-words.ts';
import { CatalogFieldGroup } from './CatalogFieldGroup.tsx';
import { CatalogStateBadge } from '../../../components/CatalogStateBadge.tsx';

export interface CatalogDetailsProps {
  catalog: Catalog;
}

const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : value ? 'Yes' : 'No';
const dateTime = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleString() : null;

/** Every catalog field the console reads, grouped the way an admin looks for them. */
export function CatalogDetails({ catalog }: CatalogDetailsProps) {
  const subState = subStateInWords(catalog.subState);
  const state = (
    <Stack gap={2}>
      <span>
        <CatalogStateBadge state={catalog.state} />
      </span>
      {subState && <Text size="sm">{subState}</Text>}
      {catalog.statusMessage && (
        <Text size="sm" c="dimmed">
          {catalog.statusMessage}
        </Text>
      )}
      {catalog.taskCompletionPercentage !== null &&
        catalog.taskCompletionPercentage !== undefined && (
          <Text size="sm">{catalog.taskCompletionPercentage}% done</Text>
        )}
    </Stack>
  );
  const image = catalog.imageId ? (
    <Anchor component={Link} to={citrixImageHref(catalog.imageId)}>
      {catalog.templateImageName ?? catalog.imageId}
    </Anchor>
  ) : null;
  const warnings = catalog.warnings.map((warning, index) => (
    <Alert
      key={index}
      color={warning.isError ? 'red' : 'yellow'}
      title={<CloudText>{warning.type ?? 'Warning'}</CloudText>}
    >
      <CloudText>{warning.warningMessage}</CloudText>
    </Alert>
  ));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CatalogFieldGroup
          title="Overview"
          fields={[
            ['State', state],
            ['Session support', sessionSupportWords(catalog.sessionSupport)],
            ['Allocation', catalog.allocationType],
            ['Catalog type', catalog.catalogType],
            ['Managed by Citrix', yesNo(catalog.citrixManaged)],
            ['Last modified', dateTime(catalog.lastModifiedTime)],
            [
              'Catalog ID',
              <Text key="id" size="sm" ff="monospace">
                {catalog.id}
              </Text>,
            ],
          ]}
        />
        <CatalogFieldGroup
          title="Image"
          fields={[
            ['Current image', image],
            ['Operating system', catalog.templateImageOs],
            [
              'Image ID',
              catalog.imageId ? (
                <Text key="id" size="sm" ff="monospace">
                  {catalog.imageId}
                </Text>
              ) : null,
            ],
          ]}
        />
        <CatalogFieldGroup
          title="Capacity"
          fields={[
            ['Machines', catalog.totalMachinesInCatalog],
            ['Users', catalog.numOfUsers],
            ['Maximum users', catalog.maxNumOfUsers],
            ['Machine size', catalog.vmTypeInstanceType],
            ['Hibernation', yesNo(catalog.supportsHibernation)],
            ['Accelerated networking', yesNo(catalog.enableAcceleratedNetworking)],
            ['Encryption at host', yesNo(catalog.enableEncryptionAtHost)],
          ]}
        />
        <CatalogFieldGroup
          title="Network and domain"
          fields={[
            ['Region', catalog.region],
            ['Subscription', catalog.subscriptionName],
            ['Resource group', catalog.resourceGroup],
            ['Virtual network', catalog.vNetName],
            ['Subnet', catalog.subnet],
            ['Domain joined', yesNo(catalog.domainJoined)],
            ['Domain', catalog.domainName],
            ['Organizational unit', catalog.domainOU],
            ['Azure AD joined', yesNo(catalog.isAzureAdJoined)],
          ]}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Text fw={600} component="h2" size="lg">
          Warnings
        </Text>
        {warnings.length > 0 ? warnings : <Text c="dimmed">No warnings.</Text>}
      </Stack>
    </Stack>
  );
}
