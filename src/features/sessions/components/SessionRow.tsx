import { Checkbox, Table } from '@mantine/core';
import { memo } from 'react';
import type { Session } from '../../../api/citrix/sessions.ts';
import { userLabel } from '../session-words.ts';
import type { SessionColumn } from '../session-view.ts';
import { SessionCell } from './SessionCells.tsx';

export interface SessionRowProps {
  session: Session;
  columns: SessionColumn[];
  isSelected: boolean;
  detailsHref: string;
  height: number;
  onToggle: (sessionId: string, on: boolean) => void;
}

function SessionRowView({
  session,
  columns,
  isSelected,
  detailsHref,
  height,
  onToggle,
}: SessionRowProps) {
  return (
    <Table.Tr data-selected={isSelected || undefined} h={height}>
      <Table.Td>
        <Checkbox
          aria-label={`Select ${userLabel(session)} on ${session.Machine?.Name ?? 'unknown machine'}`}
          checked={isSelected}
          onChange={(event) => onToggle(session.Id, event.currentTarget.checked)}
        />
      </Table.Td>
      {columns.map((column) => (
        <Table.Td key={column}>
          <SessionCell column={column} session={session} detailsHref={detailsHref} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

function sameRow(previous: SessionRowProps, next: SessionRowProps) {
  return (
    previous.session === next.session &&
    previous.isSelected === next.isSelected &&
    previous.detailsHref === next.detailsHref &&
    previous.height === next.height &&
    previous.onToggle === next.onToggle &&
    previous.columns.join() === next.columns.join()
  );
}

/**
 * One session's row. Memoized because a virtualized 1,000-row page re-renders on every scroll
 * step: rows already on screen must not render again, only the ones scrolling into view.
 */
export const SessionRow = memo(SessionRowView, sameRow);
