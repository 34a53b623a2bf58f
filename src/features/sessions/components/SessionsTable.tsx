import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { memo, useMemo, type Dispatch, type SetStateAction } from 'react';
import type { Session } from '../../../api/citrix/sessions.ts';
import { DataTable } from '../../../components/data-table/DataTable.tsx';
import {
  sortedByPage,
  toColumnSort,
  writeUrlSort,
} from '../../../components/data-table/url-sort.ts';
import { columnLabels, userLabel } from '../session-words.ts';
import {
  defaultColumns,
  sessionColumns,
  sortProperties,
  type SessionColumn,
  type SessionView,
  type SortKey,
} from '../session-view.ts';
import { SessionCell } from './SessionCells.tsx';

export interface SessionsTableProps {
  sessions: Session[];
  view: Pick<SessionView, 'columns' | 'sort' | 'direction'>;
  /** Writes a header's sort or the columns chosen to the URL. */
  onViewChange: (change: Partial<SessionView>) => void;
  selected: ReadonlySet<string>;
  /** A state setter: rows toggle with functional updates, so their callback never changes. */
  onSelectedChange: Dispatch<SetStateAction<Set<string>>>;
  /** The session whose details are open, or were last: its row is brought into view. */
  openedSession: string | undefined;
}

/** The columns the server can order by (`$search` sort properties); the rest do not sort. */
const sortKeys = Object.keys(sortProperties) as SortKey[];

const visibilityOf = (shown: readonly SessionColumn[]): VisibilityState =>
  Object.fromEntries(sessionColumns.map((column) => [column, shown.includes(column)]));

const defaultVisibility = visibilityOf(defaultColumns);

// Defined once: the table compares columns by identity, and new columns redraw every row.
const columns: ColumnDef<Session>[] = sessionColumns.map((column) => ({
  id: column,
  header: columnLabels[column],
  ...(column in sortProperties && sortedByPage),
  cell: ({ row }) => <SessionCell column={column} session={row.original} />,
}));

const sessionId = (session: Session) => session.Id;
const checkboxLabel = (session: Session) =>
  `Select ${userLabel(session)} on ${session.Machine?.Name ?? 'unknown machine'}`;

/**
 * The page of sessions, sorted by the server. Answers of more than 25 rows, every page size, are
 * windowed: only the rows in view render, so scrolling a page of 1,000 stays smooth and a page of
 * 100 draws the dozen rows its box shows, not all of them while the page starts (on a phone that
 * was most of the page's start-up). A search's few rows are drawn whole. The columns shown are
 * the ones the address names, else the ones this person last chose, else the defaults.
 */
export const SessionsTable = memo(function SessionsTable({
  sessions,
  view,
  onViewChange,
  selected,
  onSelectedChange,
  openedSession,
}: SessionsTableProps) {
  // The address names columns only when they differ from the defaults (it leaves defaults out).
  const namedKey = view.columns.join();
  const named = useMemo(
    () =>
      namedKey === defaultColumns.join()
        ? undefined
        : visibilityOf(sessionColumns.filter((column) => namedKey.split(',').includes(column))),
    [namedKey],
  );
  return (
    <DataTable
      name="Sessions"
      rows={sessions}
      columns={columns}
      rowId={sessionId}
      sort={toColumnSort(view)}
      onSortChange={writeUrlSort(sortKeys, onViewChange)}
      selection={{
        selected,
        onSelectedChange,
        allLabel: 'Select every session on this page',
        rowLabel: checkboxLabel,
      }}
      columnsChoice={{
        defaults: defaultVisibility,
        named,
        onChange: (visibility) =>
          onViewChange({
            columns: sessionColumns.filter((column) => visibility[column] !== false),
          }),
      }}
      // Every row is two lines (names are cut, never wrapped): 56.5 px in Chromium.
      virtualize={{ rowHeight: 56.5, from: 25, fixed: true }}
      revealRow={openedSession}
      fillWindow
    />
  );
});
