import { Alert, Anchor, Select, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CloudText } from '../../../../components/CloudText.tsx';
import type { Catalog } from '../../../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../../../api/citrix/images.ts';
import { inWords } from '../../../../lib/code-words.ts';
import { paths } from '../../../../lib/paths.ts';
import { CodeWords } from '../../../../components/CodeWords.tsx';
import { preflight as checkCatalog, type PreflightResult } from '../../preflight.ts';
import { CatalogOption } from './CatalogOption.tsx';
import { CatalogStateBadge } from '../../../../components/CatalogStateBadge.tsx';

export interface CatalogStepProps {
  catalogs: Catalog[];
  catalog: Catalog | undefined;
  /** Started from an image: only the catalogs that can take it are offered. */
  startingImage?: CitrixImage;
  preflight: PreflightResult | undefined;
  /** The catalog ID the address asked for, when the site has no such catalog. */
  unknownCatalogId: string | null;
  onCatalogChange: (catalogId: string) => void;
}

/** Step 1: which catalog, and whether it can take a new image now. */
export function CatalogStep({
  catalogs,
  catalog,
  startingImage,
  preflight,
  unknownCatalogId,
  onCatalogChange,
}: CatalogStepProps) {
  const byId = new Map(catalogs.map((c) => [c.id, c]));
  const canTake = (c: Catalog) =>
    !startingImage ||
    (c.sessionSupport === startingImage.sessionSupport && c.imageId !== startingImage.id);
  const options = catalogs
    .filter(canTake)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, label: c.name }));
  return (
    <Stack gap="md" maw={640}>
      {unknownCatalogId && (
        <Alert color="orange" title="The catalog in the address does not exist" role="alert">
          No catalog with ID ‘{unknownCatalogId}’ exists in this site. Choose a catalog below.
        </Alert>
      )}
      {startingImage && (
        <Text size="sm">
          Rolling out <CloudText fw={600}>{startingImage.name}</CloudText>: only the{' '}
          {inWords('sessionSupport', startingImage.sessionSupport)?.words.toLowerCase() ?? ''}{' '}
          catalogs that do not run it yet are listed.
        </Text>
      )}
      <Select
        label="Catalog"
        placeholder="Choose the catalog to update"
        data={options}
        value={catalog?.id ?? null}
        // The field shows as much of a long name as fits; hovering shows all of it.
        title={catalog?.name}
        onChange={(value) => value && onCatalogChange(value)}
        searchable
        nothingFoundMessage={
          options.length === 0 ? 'No catalog can take this image' : 'No catalog matches'
        }
        renderOption={({ option }) => {
          const listed = byId.get(option.value);
          const check = listed && checkCatalog(listed, undefined);
          return (
            <CatalogOption catalog={listed} problem={check?.ok === false ? check.reason : null} />
          );
        }}
      />
      {catalog && (
        // A div, not a p: the state badge renders a div, which a paragraph cannot hold.
        <Text size="sm" component="div">
          <CatalogStateBadge state={catalog.state} />{' '}
          <CodeWords value={inWords('sessionSupport', catalog.sessionSupport)} /> · current image{' '}
          <CloudText>{catalog.templateImageName ?? 'none'}</CloudText>
        </Text>
      )}
      {catalog && preflight?.ok === true && (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title="Pre-flight check passed">
          <CloudText>{catalog.name}</CloudText> is{' '}
          {catalog.state === 'Active' ? 'active' : 'waiting for input'} and no other operation is
          running on it.
        </Alert>
      )}
      {catalog && preflight?.ok === false && (
        <Alert
          color="red"
          icon={<IconCircleX aria-hidden />}
          title="This catalog cannot be updated now"
          role="alert"
        >
          {preflight.reason} {preflight.advice}
          {preflight.runningRolloutId && (
            <>
              {' '}
              <Anchor component={Link} to={paths.rollout.href(preflight.runningRolloutId)}>
                Follow the running rollout
              </Anchor>
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}
