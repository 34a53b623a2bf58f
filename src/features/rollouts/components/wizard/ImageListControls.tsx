import { Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useId } from 'react';
import { SegmentedChoice } from '../../../../components/SegmentedChoice.tsx';

export type ImageOrder = 'newest' | 'name';

export interface ImageListControlsProps {
  search: string;
  onSearchChange: (search: string) => void;
  order: ImageOrder;
  onOrderChange: (order: ImageOrder) => void;
}

const orderOptions: { value: ImageOrder; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'name', label: 'Name (A to Z)' },
];

/** Finding an image among many: a name search and the order, newest first by default. */
export function ImageListControls({
  search,
  onSearchChange,
  order,
  onOrderChange,
}: ImageListControlsProps) {
  const orderLabel = useId();
  return (
    <Group mt="xs" gap="md" align="flex-end" wrap="wrap">
      <TextInput
        label="Search images"
        placeholder="Part of a name"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        style={{ flex: '1 1 240px' }}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={orderLabel}>
          Sort
        </Text>
        <SegmentedChoice
          aria-labelledby={orderLabel}
          value={order}
          onChange={onOrderChange}
          data={orderOptions}
        />
      </Stack>
    </Group>
  );
}
