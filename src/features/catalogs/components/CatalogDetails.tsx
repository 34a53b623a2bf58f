import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CloudText } from '../../../components/CloudText.tsx';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { Facts, type Fact } from '../../../components/Facts.tsx';
import type { Catalog } from '../../../api/citrix/catalogs.ts';
import { inWords, notReported } from '../../../lib/code-words.ts';
import { CatalogStateBadge } from '../../../components/CatalogStateBadge.tsx';
import { localDateTime, yesNo } from '../../../lib/fact-words.ts';
import { paths } from '../../../lib/paths.ts';
import { regionInWords } from '../../../lib/region-words.ts';
import { Columns } from '../../../components/Columns.tsx';

export interface CatalogDetailsProps {
  catalog: Catalog;
}

/** Every catalog field the console reads, grouped the way an admin looks for them. */
export function CatalogDetails({ catalog }: CatalogDetailsProps) {
  const subState = inWords('subState', catalog.subState);
  const state = (
    <Stack gap={2}>
      <span>
        <CatalogStateBadge state={catalog.state} />
      </span>
      {subState && <CodeWords value={subState} size="sm" component="div" />}
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
    <Anchor component={Link} to={paths.imageDetail.href('citrix', catalog.imageId)}>
      {catalog.templateImageName ?? catalog.imageId}
    </Anchor>
  ) : null;
  return (
    <Stack gap="md">
      <Columns layout="twoFromMd">
        <Facts
          title="Overview"
          facts={[
            { label: 'State', value: state },
            {
              label: 'Session support',
              value: inWords('sessionSupport', catalog.sessionSupport) ?? notReported,
            },
            { label: 'Allocation', value: inWords('allocation', catalog.allocationType) },
            { label: 'Catalog type', value: inWords('catalogType', catalog.catalogType) },
            { label: 'Managed by Citrix', value: yesNo(catalog.citrixManaged) },
            { label: 'Last modified', value: localDateTime(catalog.lastModifiedTime) },
            {
              label: 'Catalog ID',
              value: (
                <Text size="sm" ff="monospace">
                  {catalog.id}
                </Text>
              ),
            },
          ]}
        />
        <Facts
          title="Image"
          facts={[
            { label: 'Current image', value: image },
            { label: 'Operating system', value: catalog.templateImageOs },
            {
              label: 'Image ID',
              value: catalog.imageId ? (
                <Text size="sm" ff="monospace">
                  {catalog.imageId}
                </Text>
              ) : null,
            },
          ]}
        />
        <Facts title="Capacity" facts={capacityFacts(catalog)} />
        <Facts title="Network and domain" facts={networkFacts(catalog)} />
      </Columns>
      <CatalogWarnings catalog={catalog} />
    </Stack>
  );
}

const capacityFacts = (catalog: Catalog): Fact[] => [
  { label: 'Machines', value: catalog.totalMachinesInCatalog },
  { label: 'Users', value: catalog.numOfUsers },
  { label: 'Maximum users', value: catalog.maxNumOfUsers },
  { label: 'Machine size', value: catalog.vmTypeInstanceType },
  { label: 'Hibernation', value: yesNo(catalog.supportsHibernation) },
  { label: 'Accelerated networking', value: yesNo(catalog.enableAcceleratedNetworking) },
  { label: 'Encryption at host', value: yesNo(catalog.enableEncryptionAtHost) },
];

const networkFacts = (catalog: Catalog): Fact[] => [
  { label: 'Region', value: regionInWords(catalog.region) },
  { label: 'Subscription', value: catalog.subscriptionName },
  { label: 'Resource group', value: catalog.resourceGroup },
  { label: 'Virtual network', value: catalog.vNetName },
  { label: 'Subnet', value: catalog.subnet },
  { label: 'Domain joined', value: yesNo(catalog.domainJoined) },
  { label: 'Domain', value: catalog.domainName },
  { label: 'Organizational unit', value: catalog.domainOU },
  { label: 'Azure AD joined', value: yesNo(catalog.isAzureAdJoined) },
];

/**
 * The catalog's warnings. A catalog in Error with none is not "without warnings": its last
 * operation failed, and the sub-state (or status message) is what the service says about it.
 */
function CatalogWarnings({ catalog }: { catalog: Catalog }) {
  const warnings = catalog.warnings.map((warning, index) => (
    <Alert
      key={index}
      color={warning.isError ? 'red' : 'yellow'}
      title={<CodeWords value={inWords('catalogWarning', warning.type)} placeholder="Warning" />}
    >
      <CloudText>{warning.warningMessage}</CloudText>
    </Alert>
  ));
  const subState = inWords('subState', catalog.subState);
  const none =
    catalog.state === 'Error' ? (
      <Alert color="red" title="The catalog’s last operation failed">
        {subState ? (
          <CodeWords value={subState} />
        ) : (
          (catalog.statusMessage ?? 'The catalog service gives no details.')
        )}
      </Alert>
    ) : (
      <Text c="dimmed">No warnings.</Text>
    );
  return (
    <Stack gap="xs">
      <Text fw={600} component="h2" size="lg">
        Warnings
      </Text>
      {warnings.length > 0 ? warnings : none}
    </Stack>
  );
}
