import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { AuditRecord } from '../../../../contracts/identity-api.ts';
import { DataTable } from '../../../components/data-table/DataTable.tsx';
import { OutcomeCell, TargetsCell, WhenCell, WhoCell } from './AuditCells.tsx';

export interface AuditTableProps {
  records: AuditRecord[];
  /** When the records were read, for "5 minutes ago". */
  now: number;
}

// No sortable headers: the audit API pages the trail newest first and takes no other order.
function auditColumns(now: number): ColumnDef<AuditRecord>[] {
  return [
    { id: 'when', header: 'When', cell: ({ row }) => <WhenCell record={row.original} now={now} /> },
    { id: 'who', header: 'Who', cell: ({ row }) => <WhoCell record={row.original} /> },
    { id: 'operation', header: 'Operation', cell: ({ row }) => row.original.operationLabel },
    { id: 'targets', header: 'Targets', cell: ({ row }) => <TargetsCell record={row.original} /> },
    { id: 'outcome', header: 'Outcome', cell: ({ row }) => <OutcomeCell record={row.original} /> },
  ];
}

const recordId = (record: AuditRecord) => record.id;

/** One page of the trail, newest first. Read-only: records are never edited or deleted. */
export function AuditTable({ records, now }: AuditTableProps) {
  const columns = useMemo(() => auditColumns(now), [now]);
  return (
    <DataTable
      name="Audit records"
      rows={records}
      columns={columns}
      rowId={recordId}
      minWidth={760}
      verticalSpacing="sm"
      // A restarted machine lists the people who were on it: the other cells stay at the top.
      cellsAtTop
    />
  );
}
