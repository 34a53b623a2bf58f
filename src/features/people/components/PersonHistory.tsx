import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AuditRecord } from '../../../../contracts/identity-api.ts';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { paths } from '../../../lib/paths.ts';
import { usePersonHistory } from '../use-person-history.ts';

export interface PersonHistoryProps {
  /** Their account as the audit trail names session targets (`DOMAIN\name`), else the address's. */
  account: string;
  sessionIds: string[];
  /** Shows the records (the app passes the audit trail's own table). */
  renderRecords: (records: AuditRecord[], readAt: number) => ReactNode;
}

/** What the console's users did to this person's sessions and machines, from the audit trail. */
export function PersonHistory({ account, sessionIds, renderRecords }: PersonHistoryProps) {
  const history = usePersonHistory(account, sessionIds);
  return (
    <QueryFrame query={history.query} errorTitle="Could not read the audit trail">
      {(records) => (
        <Stack gap="xs">
          {records.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody has acted on their sessions or machines through this console.
            </Text>
          ) : (
            renderRecords(records, history.readAt)
          )}
          {history.partial && (
            <Text size="sm" c="dimmed">
              Only the latest records are shown here.
            </Text>
          )}
          <Anchor component={Link} to={paths.audit.href({ target: account })} size="sm">
            Search the audit trail for {account}
          </Anchor>
        </Stack>
      )}
    </QueryFrame>
  );
}
