import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { planLimits } from '../../../../../contracts/rollout-plans.ts';
import type { Catalog } from '../../../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../../../api/citrix/images.ts';
import { catalogProblem } from '../../plan-form.ts';
import { addCatalog, addWave, removeCatalog, removeWave, type Waves } from '../../plan-waves.ts';
import { WaveCard } from './WaveCard.tsx';

export interface PlanWavesEditorProps {
  waves: Waves;
  catalogs: Catalog[];
  image: CitrixImage | undefined;
  startsNow: boolean;
  /** The whole arrangement's problem (e.g. an empty wave), in words. */
  error?: string;
  /** Why a catalog cannot be in the plan, by catalog id. */
  catalogErrors: Record<string, string>;
  onChange: (waves: Waves) => void;
}

/** Catalogs arranged in waves: the canary first, then the rest, each wave after the last ended well. */
export function PlanWavesEditor(props: PlanWavesEditorProps) {
  const { waves, catalogs, image, startsNow, onChange } = props;
  const byId = new Map(catalogs.map((c) => [c.id, c]));
  const planned = new Set(waves.flat());
  // As the wizard started from an image: only catalogs of its kind that do not run it yet.
  const addable = catalogs
    .filter((c) => !planned.has(c.id))
    .filter((c) => !image || (c.sessionSupport === image.sessionSupport && c.imageId !== image.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const problemOf = (catalog: Catalog) => catalogProblem(catalog, image, startsNow);
  const cards = waves.map((wave, index) => (
    <WaveCard
      key={index}
      index={index}
      waveCount={waves.length}
      catalogIds={wave}
      catalogsById={byId}
      addable={addable}
      problemOf={problemOf}
      errors={props.catalogErrors}
      onAdd={(id) => onChange(addCatalog(waves, id, index))}
      onMove={(id, to) => onChange(addCatalog(waves, id, to))}
      onRemove={(id) => onChange(removeCatalog(waves, id))}
      onRemoveWave={() => onChange(removeWave(waves, index))}
    />
  ));
  return (
    <Stack gap="sm" maw={760}>
      <Text size="sm" c="dimmed">
        Each wave starts when the one before it has succeeded on every catalog; if a catalog fails,
        no further wave starts.
      </Text>
      {cards}
      {props.error && (
        <Alert color="red" role="alert" title="Waves">
          {props.error}
        </Alert>
      )}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange(addWave(waves))}
        disabled={waves.length >= planLimits.maxWaves}
        w="fit-content"
      >
        Add wave
      </Button>
    </Stack>
  );
}
