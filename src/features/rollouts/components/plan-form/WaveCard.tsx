import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { Catalog } from '../../../../api/citrix/catalogs.ts';
import { CloudText } from '../../../../components/CloudText.tsx';
import { waveLabel } from '../../plan-waves.ts';
import { CatalogOption } from '../wizard/CatalogOption.tsx';

export interface WaveCardProps {
  index: number;
  waveCount: number;
  catalogIds: string[];
  catalogsById: Map<string, Catalog>;
  /** Catalogs not in any wave yet, that may be added here. */
  addable: Catalog[];
  /** Why a catalog cannot take the image, by catalog id. */
  problemOf: (catalog: Catalog) => string | null;
  errors: Record<string, string>;
  onAdd: (catalogId: string) => void;
  onMove: (catalogId: string, toWave: number) => void;
  onRemove: (catalogId: string) => void;
  onRemoveWave: () => void;
}

/** One wave: its catalogs (each movable to another wave, or out), and a picker to add more. */
export function WaveCard(props: WaveCardProps) {
  const { index, waveCount, catalogsById, problemOf } = props;
  const label = waveLabel(index);
  const moveTargets = Array.from({ length: waveCount }, (_, i) => ({
    value: String(i),
    label: waveLabel(i),
  }));
  const rows = props.catalogIds.map((id) => {
    const catalog = catalogsById.get(id);
    const name = catalog?.name ?? id;
    const error = props.errors[id];
    return (
      <Group key={id} justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0} miw={0}>
          <CloudText size="sm" fw={500}>
            {name}
          </CloudText>
          {error && (
            <Text size="xs" c="red">
              {error}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Select
            aria-label={`Move ${name} to`}
            data={moveTargets}
            value={String(index)}
            onChange={(value) => value !== null && props.onMove(id, Number(value))}
            allowDeselect={false}
            w={170}
            size="xs"
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove ${name}`}
            onClick={() => props.onRemove(id)}
          >
            <IconX size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
    );
  });
  const options = props.addable.map((c) => ({ value: c.id, label: c.name }));
  return (
    <Paper withBorder p="md" role="group" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} size="h5">
              {label}
            </Title>
            {index === 0 && (
              <Badge variant="light" size="sm">
                Goes first; the rest wait until it has succeeded
              </Badge>
            )}
          </Group>
          {waveCount > 1 && (
            <Button variant="subtle" size="xs" color="gray" onClick={props.onRemoveWave}>
              Remove {label.toLowerCase()}
            </Button>
          )}
        </Group>
        {rows.length > 0 ? (
          rows
        ) : (
          <Text size="sm" c="dimmed">
            No catalog in this wave yet.
          </Text>
        )}
        <Select
          label={`Add a catalog to ${label.toLowerCase()}`}
          placeholder="Choose a catalog"
          data={options}
          value={null}
          onChange={(value) => value && props.onAdd(value)}
          searchable
          nothingFoundMessage="No other catalog can be added"
          renderOption={({ option }) => {
            const listed = catalogsById.get(option.value);
            return <CatalogOption catalog={listed} problem={listed ? problemOf(listed) : null} />;
          }}
        />
      </Stack>
    </Paper>
  );
}
