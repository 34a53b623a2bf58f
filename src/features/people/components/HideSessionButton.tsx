import { Button } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../../../api/citrix/sessions.ts';
import { useLoadAfterFirstInput } from '../../../components/lazy-dialog.tsx';
import { UnavailableButton } from '../../../components/UnavailableButton.tsx';
import { roleCannot, usePermissions } from '../../../hooks/use-permissions.ts';
import { LazyHideSessionDialog } from './lazy-dialogs.ts';

/** Hide (or unhide) one session, for the help desk; others see why they cannot. */
export function HideSessionButton({ session }: { session: Session }) {
  const { role, sessionActions } = usePermissions();
  // What was asked for, kept while the dialog shows its result (the session's flag flips then).
  const [asking, setAsking] = useState<{ hide: boolean } | null>(null);
  // The dialog's code, by the time someone clicks.
  useLoadAfterFirstInput(LazyHideSessionDialog);
  if (role === null) return null;
  const hidden = session.IsHidden === true;
  const verb = hidden ? 'Unhide' : 'Hide';
  const machineName = session.Machine?.Name ?? 'an unknown machine';
  const name = `${verb} the session on ${machineName}`;
  if (!sessionActions) {
    return (
      <UnavailableButton
        size="xs"
        variant="subtle"
        reason={roleCannot(role, 'hide or unhide sessions')}
        aria-label={name}
      >
        {verb}
      </UnavailableButton>
    );
  }
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        aria-label={name}
        onClick={() => setAsking({ hide: !hidden })}
      >
        {verb}
      </Button>
      {asking && (
        <LazyHideSessionDialog
          sessionId={session.Id}
          machineName={machineName}
          hide={asking.hide}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}
