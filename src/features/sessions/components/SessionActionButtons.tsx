import { Button } from '@mantine/core';
import { useLoadAfterFirstInput } from '../../../components/lazy-dialog.tsx';
import { UnavailableButton } from '../../../components/UnavailableButton.tsx';
import { roleCannot, usePermissions } from '../../../hooks/use-permissions.ts';
import type { SessionAction } from '../../../api/citrix/sessions.ts';
import { actionWords } from '../session-action-words.ts';
import { LazySessionActionDialog } from './lazy-dialogs.ts';

export interface SessionActionButtonsProps {
  /** E.g. while no session is selected. @default false */
  disabled?: boolean;
  /** Log off in red, where it sits beside one session's details. @default false */
  warnOnLogoff?: boolean;
  onAction: (action: SessionAction) => void;
}

const actions = Object.keys(actionWords) as SessionAction[];

/**
 * Log off, disconnect, send message: usable by roles that may act on sessions, shown disabled
 * with the reason to the others, and not at all until the role is known (no flicker).
 */
export function SessionActionButtons({
  disabled = false,
  warnOnLogoff = false,
  onAction,
}: SessionActionButtonsProps) {
  const { role, sessionActions } = usePermissions();
  // Their dialog's code, by the time someone clicks one.
  useLoadAfterFirstInput(LazySessionActionDialog);
  if (role === null) return null;
  const reason = roleCannot(role, 'log off, disconnect or message sessions');
  return actions.map((name) =>
    sessionActions ? (
      <Button
        key={name}
        size="xs"
        variant="light"
        color={warnOnLogoff && name === 'logoff' ? 'red' : undefined}
        disabled={disabled}
        onClick={() => onAction(name)}
      >
        {actionWords[name].verb}
      </Button>
    ) : (
      <UnavailableButton key={name} size="xs" variant="light" reason={reason}>
        {actionWords[name].verb}
      </UnavailableButton>
    ),
  );
}
