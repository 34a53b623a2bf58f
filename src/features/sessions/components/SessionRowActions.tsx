import { Group } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Session, SessionAction } from '../../../api/citrix/sessions.ts';
import { SessionActionButtons } from './SessionActionButtons.tsx';
import { LazySessionActionDialog } from './lazy-dialogs.ts';

/**
 * Log off, disconnect or message one session where it is listed outside the sessions page (a
 * person's page), with the same confirmation and per-session result as there. The dialog belongs
 * to the page, not the row: a logged-off session leaves the list, and its result must stay on
 * screen. Each row's toolbar is named after its machine, to tell one row's buttons from the next.
 */
export function useSessionRowActions() {
  const [asked, setAsked] = useState<{ action: SessionAction; session: Session } | null>(null);
  const renderActions = useCallback(
    (session: Session) => (
      <Group
        gap={4}
        wrap="nowrap"
        role="toolbar"
        aria-label={`Actions on the session on ${session.Machine?.Name ?? 'an unknown machine'}`}
      >
        <SessionActionButtons warnOnLogoff onAction={(action) => setAsked({ action, session })} />
      </Group>
    ),
    [],
  );
  const dialog = asked && (
    <LazySessionActionDialog
      action={asked.action}
      sessions={[asked.session]}
      onClose={() => setAsked(null)}
    />
  );
  return { renderActions, dialog };
}
