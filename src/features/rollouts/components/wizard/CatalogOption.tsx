import { Stack, Text } from '@mantine/core';
import type { Catalog } from '../../../../api/citrix/catalogs.ts';
import { CloudText } from '../../../../components/CloudText.tsx';
import { stateWords } from '../../../../lib/catalog-words.ts';

export interface CatalogOptionProps {
  catalog: Catalog | undefined;
  /** Why it cannot take the image now, in words; null when it can. */
  problem: string | null;
}

/**
 * A catalog in a list with its state, and for one that cannot take the image, why: said before
 * it is picked, not after. (A rollout someone has running is known once it is picked.)
 */
export function CatalogOption({ catalog, problem }: CatalogOptionProps) {
  if (!catalog) return null;
  const state = stateWords(catalog.state).label;
  return (
    <Stack gap={0}>
      <CloudText size="sm">{catalog.name}</CloudText>
      <Text size="xs" c={problem ? 'red' : 'dimmed'}>
        {problem ? `${state}: ${problem}` : state}
      </Text>
    </Stack>
  );
}
