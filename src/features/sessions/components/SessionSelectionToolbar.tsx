import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { Session, SessionAction } from '../../../api/citrix/sessions.ts';
import { SessionActionButtons } from './SessionActionButtons.tsx';
import { LazySessionActionDialog } from './lazy-dialogs.ts';

export interface SessionSelectionToolbarProps {
  /** The sessions of the page on screen. */
  sessions: Session[];
  selected: ReadonlySet<string>;
  /**
   * When an action's dialog closes, with the selection it leaves: the sessions that still need
   * action (failed, not attempted, unfinished); the ones done are unticked.
   */
  onActionDone: (stillSelected: Set<string>) => void;
}

/** How many sessions are ticked, and the actions on them, each confirmed in a dialog. */
export function SessionSelectionToolbar({
  sessions,
  selected,
  onActionDone,
}: SessionSelectionToolbarProps) {
  // The sessions an action was started on: the list refreshes under the dialog (a logged-off
  // session leaves it), and the dialog must keep counting the ones it was asked to act on.
  const [action, setAction] = useState<{ name: SessionAction; sessions: Session[] } | null>(null);
  const selectedSessions = sessions.filter((session) => selected.has(session.Id));
  return (
    <>
      <Group gap="xs" aria-label="Actions on selected sessions" role="toolbar">
        <Text size="sm" c="dimmed">
          {selected.size} selected
        </Text>
        <SessionActionButtons
          disabled={selectedSessions.length === 0}
          onAction={(name) => setAction({ name, sessions: selectedSessions })}
        />
      </Group>
      {action && (
        <LazySessionActionDialog
          action={action.name}
          sessions={action.sessions}
          onClose={(stillToDo) => {
            setAction(null);
            onActionDone(new Set(stillToDo));
          }}
        />
      )}
    </>
  );
}
