import { Stack, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useId } from 'react';
import { SegmentedChoice } from './SegmentedChoice.tsx';

const options: { label: string; value: MantineColorScheme }[] = [
  { label: 'Light', value: 'light' },
  { label: 'Dark', value: 'dark' },
  { label: 'Auto', value: 'auto' },
];

/** Light, dark, or follow the operating system; Mantine's manager remembers the choice. */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const labelId = useId();
  const descriptionId = useId();
  return (
    <Stack gap={4} align="flex-start">
      <Text id={labelId} fw={500} size="sm">
        Color scheme
      </Text>
      <Text id={descriptionId} size="xs" c="dimmed">
        Auto follows your operating system’s light or dark setting.
      </Text>
      <SegmentedChoice
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        data={options}
        value={colorScheme}
        onChange={setColorScheme}
      />
    </Stack>
  );
}
