import { ActionIcon, CopyButton } from '@mantine/core';
import { DeferredTooltip } from './DeferredTooltip.tsx';
import { IconCheck, IconCopy } from '@tabler/icons-react';

export interface CopyValueButtonProps {
  value: string;
  /** What is copied, for the accessible name: "customer ID" gives "Copy customer ID". */
  label: string;
}

/** Copies an ID to the clipboard, for pasting into a support ticket or a script. */
export function CopyValueButton({ value, label }: CopyValueButtonProps) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <DeferredTooltip label={copied ? 'Copied' : `Copy ${label}`} withArrow>
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            onClick={copy}
            aria-label={copied ? `Copied ${label}` : `Copy ${label}`}
          >
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </DeferredTooltip>
      )}
    </CopyButton>
  );
}
