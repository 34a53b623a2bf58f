import { Group, Select } from '@mantine/core';
import { columnLabels } from '../session-words.ts';
import {
  sessionStates,
  sessionTypes,
  sortProperties,
  type SessionView,
  type SortKey,
} from '../session-view.ts';

export interface SessionFilterFieldsProps {
  view: SessionView;
  /** Delivery group and catalog names (one delivery group per catalog). */
  catalogNames: string[];
  onChange: (change: Partial<SessionView>) => void;
}

const sortOptions = (Object.keys(sortProperties) as SortKey[]).map((key) => ({
  value: key,
  label: columnLabels[key],
}));

/** The pickers: state, delivery group, catalog, type and sort (loaded apart: `SessionFilters`). */
export function SessionFilterFields({ view, catalogNames, onChange }: SessionFilterFieldsProps) {
  // A name from a link that the catalog list does not (yet) know still shows as selected.
  const names = (current: string) =>
    current && !catalogNames.includes(current) ? [current, ...catalogNames] : catalogNames;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="State"
        placeholder="Any"
        data={[...sessionStates]}
        value={view.state || null}
        onChange={(value) => onChange({ state: (value ?? '') as SessionView['state'] })}
        clearable
        w={150}
      />
      <Select
        label="Delivery group"
        placeholder="Any"
        data={names(view.deliveryGroup)}
        value={view.deliveryGroup || null}
        // Names are cut to the field's width; hovering shows the whole name.
        title={view.deliveryGroup || undefined}
        onChange={(value) => onChange({ deliveryGroup: value ?? '' })}
        searchable
        clearable
        w={200}
      />
      <Select
        label="Catalog"
        placeholder="Any"
        data={names(view.catalog)}
        value={view.catalog || null}
        title={view.catalog || undefined}
        onChange={(value) => onChange({ catalog: value ?? '' })}
        searchable
        clearable
        w={200}
      />
      <Select
        label="Session type"
        placeholder="Any"
        data={[...sessionTypes]}
        value={view.type || null}
        onChange={(value) => onChange({ type: (value ?? '') as SessionView['type'] })}
        clearable
        w={150}
      />
      <Select
        label="Sort by"
        data={sortOptions}
        value={view.sort}
        onChange={(value) => value && onChange({ sort: value as SortKey })}
        allowDeselect={false}
        w={150}
      />
      <Select
        label="Order"
        data={[
          { value: 'asc', label: 'Ascending' },
          { value: 'desc', label: 'Descending' },
        ]}
        value={view.direction}
        onChange={(value) => value && onChange({ direction: value as 'asc' | 'desc' })}
        allowDeselect={false}
        w={130}
      />
    </Group>
  );
}
