import { Group, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { FacetSelects, type FacetChoice } from './FacetSelect.tsx';

export interface CitrixFiltersProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  subscriptions: { value: string; label: string }[];
  osNames: string[];
}

const stateOptions = [
  { value: 'ready', label: 'Ready' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'failed', label: 'Failed' },
  { value: 'other', label: 'Other' },
];
const sessionOptions = [
  { value: 'MultiSession', label: 'Multi-session' },
  { value: 'SingleSession', label: 'Single-session' },
];
const deprecatedOptions = [
  { value: 'show', label: 'Include deprecated' },
  { value: 'hide', label: 'Hide deprecated' },
  { value: 'only', label: 'Only deprecated' },
];

/** The one-value filters, in the order they show; the OS names come from the images loaded. */
const citrixFacets = (osNames: string[]): FacetChoice[] => [
  { facet: 'tone', label: 'State', placeholder: 'Any state', data: stateOptions, width: 160 },
  { facet: 'os', label: 'OS', placeholder: 'Any OS', data: osNames, width: 260, searchable: true },
  {
    facet: 'session',
    label: 'Session support',
    placeholder: 'Any',
    data: sessionOptions,
    width: 160,
  },
];

/**
 * Source and subscription go to the catalog service (`includeCitrixPrepared`,
 * `includeCustomerPrepared`, `azureSubscriptions`); state, OS, sessions and deprecation it cannot
 * filter, so the browser does.
 */
export function CitrixFilters({ search, onChange, subscriptions, osNames }: CitrixFiltersProps) {
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="citrix-source-label">
            Prepared by
          </Text>
          <SegmentedControl
            aria-labelledby="citrix-source-label"
            data={[
              { value: 'all', label: 'Anyone' },
              { value: 'customer', label: 'Your organisation' },
              { value: 'citrix', label: 'Citrix' },
            ]}
            value={search.source}
            onChange={(value) => onChange({ source: value as GallerySearch['source'] })}
          />
        </Stack>
        <MultiSelect
          label="Azure subscription"
          placeholder={search.subscriptions.length ? undefined : 'All subscriptions'}
          data={subscriptions}
          value={search.subscriptions}
          onChange={(value) => onChange({ subscriptions: value })}
          clearable
          w={280}
        />
        <FacetSelects facets={citrixFacets(osNames)} search={search} onChange={onChange} />
        <Select
          label="Deprecated images"
          data={deprecatedOptions}
          value={search.deprecated}
          allowDeselect={false}
          onChange={(value) =>
            value && onChange({ deprecated: value as GallerySearch['deprecated'] })
          }
          w={190}
        />
      </Group>
    </Stack>
  );
}
