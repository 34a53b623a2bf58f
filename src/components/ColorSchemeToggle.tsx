import { ActionIcon, Button, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { DeferredTooltip } from './DeferredTooltip.tsx';

export interface ColorSchemeToggleProps {
  /** `icon` in the header; `button`, with its words, where the header has no room for it. */
  variant?: 'icon' | 'button';
}

/** Flips between light and dark; the full choice, including "auto", is in Settings. */
export function ColorSchemeToggle({ variant = 'icon' }: ColorSchemeToggleProps) {
  const { setColorScheme } = useMantineColorScheme();
  const current = useComputedColorScheme('light');
  const next = current === 'dark' ? 'light' : 'dark';
  const label = `Switch to ${next} mode`;
  const icon =
    current === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />;
  if (variant === 'button') {
    return (
      <Button variant="default" fullWidth leftSection={icon} onClick={() => setColorScheme(next)}>
        {label}
      </Button>
    );
  }
  return (
    <DeferredTooltip label={label} withArrow>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={label}
        onClick={() => setColorScheme(next)}
      >
        {icon}
      </ActionIcon>
    </DeferredTooltip>
  );
}
