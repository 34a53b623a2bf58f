import { Checkbox, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type Dispatch, type SetStateAction } from 'react';
import type { Session } from '../../../api/citrix/sessions.ts';
import { columnLabels } from '../session-words.ts';
import type { SessionColumn } from '../session-view.ts';
import { SessionRow } from './SessionRow.tsx';
import classes from './SessionsTable.module.css';

export interface SessionsTableProps {
  sessions: Session[];
  columns: SessionColumn[];
  selected: ReadonlySet<string>;
  /** A state setter: rows toggle with functional updates, so their callback never changes. */
  onSelectedChange: Dispatch<SetStateAction<Set<string>>>;
  /** Where a row's details open (keeps the page's search in the URL). */
  detailsHref: (session: Session) => string;
}

const rowHeight = 49;
/** Up to this many rows render in full; longer pages (250, 1,000) are virtualized. */
const fullRenderLimit = 100;

/**
 * The page of sessions. Long pages are virtualized: a 1,000-row page renders only the rows in view,
 * so scrolling stays smooth; the spacer rows keep the table's scroll height and semantics.
 */
export function SessionsTable({
  sessions,
  columns,
  selected,
  onSelectedChange,
  detailsHref,
}: SessionsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build has no React Compiler, so the virtualizer's unmemoizable functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sessions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    enabled: sessions.length > fullRenderLimit,
  });
  const items =
    sessions.length > fullRenderLimit
      ? virtualizer.getVirtualItems()
      : sessions.map((_, index) => ({
          index,
          start: index * rowHeight,
          end: (index + 1) * rowHeight,
        }));
  const before = items[0]?.start ?? 0;
  const after =
    sessions.length > fullRenderLimit
      ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
      : 0;
  const allSelected = sessions.length > 0 && sessions.every((s) => selected.has(s.Id));
  const toggle = useCallback(
    (id: string, on: boolean) =>
      onSelectedChange((previous) => {
        const next = new Set(previous);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [onSelectedChange],
  );
  const rows = items.map(({ index }) => {
    const session = sessions[index]!;
    return (
      <SessionRow
        key={session.Id}
        session={session}
        columns={columns}
        isSelected={selected.has(session.Id)}
        detailsHref={detailsHref(session)}
        height={rowHeight}
        onToggle={toggle}
      />
    );
  });
  return (
    <div ref={scrollRef} className={classes.scroller}>
      <Table
        stickyHeader
        highlightOnHover
        aria-label="Sessions"
        aria-rowcount={sessions.length + 1}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select every session on this page"
                checked={allSelected}
                indeterminate={!allSelected && sessions.some((s) => selected.has(s.Id))}
                onChange={(event) =>
                  onSelectedChange(
                    new Set(event.currentTarget.checked ? sessions.map((s) => s.Id) : []),
                  )
                }
              />
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column}>{columnLabels[column]}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {rows}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
