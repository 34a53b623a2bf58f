import { Button } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { FieldsLoading } from './FieldsLoading.tsx';
import { filtersFoldedQuery } from './filters-shown.ts';
import classes from './FiltersDisclosure.module.css';

export interface FiltersDisclosureProps {
  /** How many filters narrow the list now, said on the button while they are hidden. */
  active: number;
  /**
   * The fields, drawn only while shown: on a phone, once the button opens them. They may be a
   * `lazyComponent` (their pickers are some 40 KB): folded, they load as they open, with a loader
   * meanwhile; shown at once, the page loads them with its own code (`filtersAlongside`).
   */
  children: ReactNode;
}

/**
 * A page's filters, behind one "Filters" button on a narrow screen (a phone) so the results
 * come first; on wider screens the button is not shown and the filters always are.
 */
export function FiltersDisclosure({ active, children }: FiltersDisclosureProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  // Read as the page draws, not after: the fields must not start loading on a phone.
  const folded = useMediaQuery(filtersFoldedQuery, false, { getInitialValueInEffect: false });
  return (
    <>
      <Button
        hiddenFrom="sm"
        variant="default"
        leftSection={<IconFilter size={16} aria-hidden />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((current) => !current)}
        style={{ alignSelf: 'flex-start' }}
      >
        {active > 0 ? `Filters (${active} on)` : 'Filters'}
      </Button>
      <div id={id} className={classes.filters} data-open={open || undefined}>
        {/* Drawn at once when their code came with the page's; a screen that widens before
            it has come (a phone turned, a window resized) waits for it here, not the page. */}
        {(!folded || open) && <FieldsLoading>{children}</FieldsLoading>}
      </div>
    </>
  );
}
