import { Button } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import classes from './FiltersDisclosure.module.css';

export interface FiltersDisclosureProps {
  /** How many filters narrow the list now, said on the button while they are hidden. */
  active: number;
  children: ReactNode;
}

/**
 * A page's filters, behind one "Filters" button on a narrow screen (a phone) so the results
 * come first; on wider screens the button is not shown and the filters always are.
 */
export function FiltersDisclosure({ active, children }: FiltersDisclosureProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
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
        {children}
      </div>
    </>
  );
}
