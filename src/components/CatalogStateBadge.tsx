import { Badge } from '@mantine/core';
import { DeferredTooltip } from './DeferredTooltip.tsx';
import { stateWords } from '../lib/catalog-words.ts';

export interface CatalogStateBadgeProps {
  state: string;
}

/** The state in colour and in words, with what it means and its code on hover. */
export function CatalogStateBadge({ state }: CatalogStateBadgeProps) {
  const words = stateWords(state);
  return (
    <DeferredTooltip label={`${words.meaning} · Code: ${state}`} multiline w={260}>
      {/* Never squeezed to "A…" when a long name in the same row claims the width. */}
      <Badge color={words.color} variant="light" data-state={state} miw="max-content">
        {words.label}
      </Badge>
    </DeferredTooltip>
  );
}
