import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { pageSizes, type GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { FacetSelect, FacetSelects, type FacetChoice } from './FacetSelect.tsx';

export interface RackspaceFiltersProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  regions: string[];
  region: string;
  osNames: string[];
}

const statusOptions = ['ACTIVE', 'SAVING', 'ERROR', 'UNKNOWN', 'DELETED'].map((status) => ({
  value: status,
  label: status.charAt(0) + status.slice(1).toLowerCase(),
}));
const typeOptions = [
  { value: 'base', label: 'Base images' },
  { value: 'snapshot', label: 'Snapshots' },
];

/** The one-value filters that stand side by side, after the name. */
const statusAndType: FacetChoice[] = [
  { facet: 'status', label: 'Status', placeholder: 'Any status', data: statusOptions, width: 150 },
  { facet: 'type', label: 'Type', placeholder: 'Any type', data: typeOptions, width: 150 },
];

/**
 * Region, name, status, type and changed-since are sent to Rackspace; the name is exact there, so it
 * is sent when the user commits it (Enter or leaving the field), not on every keystroke.
 */
export function RackspaceFilters({
  search,
  onChange,
  regions,
  region,
  osNames,
}: RackspaceFiltersProps) {
  const [name, setName] = useState(search.name);
  const [editedFrom, setEditedFrom] = useState(search.name);
  if (editedFrom !== search.name) {
    // The URL changed under us (Back, a link): show its name.
    setEditedFrom(search.name);
    setName(search.name);
  }
  const commitName = () => {
    if (name.trim() !== search.name) onChange({ name: name.trim() });
  };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Region"
        data={regions}
        value={region}
        allowDeselect={false}
        onChange={(value) => value && onChange({ region: value })}
        w={110}
      />
      <TextInput
        label="Exact name"
        placeholder="e.g. Debian 12 (Bookworm)"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        onBlur={commitName}
        onKeyDown={(event) => event.key === 'Enter' && commitName()}
        w={240}
      />
      <FacetSelects facets={statusAndType} search={search} onChange={onChange} />
      <TextInput
        label="Changed since"
        type="date"
        value={search.since ?? ''}
        onChange={(event) => onChange({ since: event.currentTarget.value || null })}
        w={170}
      />
      <FacetSelect
        facet="os"
        label="OS on this page"
        placeholder="Any OS"
        data={osNames}
        search={search}
        onChange={onChange}
        w={180}
      />
      <Select
        label="Page size"
        data={pageSizes.map(String)}
        value={String(search.limit)}
        allowDeselect={false}
        onChange={(value) => value && onChange({ limit: Number(value) as GallerySearch['limit'] })}
        w={110}
      />
    </Group>
  );
}
