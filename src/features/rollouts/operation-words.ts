import type {
  MachineActionDetails,
  Operation,
  OperationState,
} from '../../../contracts/identity-api.ts';
import { paths } from '../../lib/paths.ts';

// Light on purpose: the Operations menu in the shell uses these on every page, so no catalog
// schemas (and zod with them) come with them.

/** An operation's state in words and colour, as the Operations menu and rollout history show it. */
export const operationStateWords: Record<OperationState, { label: string; color: string }> = {
  running: { label: 'In progress', color: 'blue' },
  succeeded: { label: 'Finished', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

const sessionActionWords: Record<string, string> = {
  logoff: 'Log off',
  disconnect: 'Disconnect',
  sendMessage: 'Message',
};

/** "Restart of machine CONTOSO\FS-VD-0002", "Maintenance mode on: CONTOSO\FS-VD-0002". */
function machineActionTitle({
  action,
  machineId,
  machineName,
  maintenanceMode,
}: MachineActionDetails) {
  const machine = machineName ?? machineId;
  if (action === 'restart') return `Restart of machine ${machine}`;
  if (action === 'maintenance' && maintenanceMode !== null) {
    return `Maintenance mode ${maintenanceMode ? 'on' : 'off'}: ${machine}`;
  }
  return `${action}: ${machine}`;
}

/**
 * "Finance Shared → Finance Server 2025-11 #7", "Log off: jdoe" for a session action, "Restart
 * of machine CONTOSO\FS-VD-0002" for a machine action.
 */
export function operationTitle(operation: Operation): string {
  const { rollout, sessionAction, machineAction } = operation;
  if (rollout) {
    return `${rollout.catalogName ?? rollout.catalogId} → ${rollout.imageName ?? rollout.imageId}`;
  }
  if (sessionAction) {
    const action = sessionActionWords[sessionAction.action] ?? sessionAction.action;
    return `${action}: ${sessionAction.userName ?? sessionAction.sessionId}`;
  }
  if (machineAction) return machineActionTitle(machineAction);
  return 'Operation';
}

/**
 * Where an operation is followed: a rollout's progress page, the session it acted on, or, for a
 * machine (which has no page of its own), the audit trail of that machine: how it ended and who
 * was on it.
 */
export function operationHref(operation: Operation): string {
  if (operation.sessionAction) return paths.sessionDetail.href(operation.sessionAction.sessionId);
  if (operation.machineAction) {
    return paths.audit.href({ target: operation.machineAction.machineId });
  }
  return paths.rollout.href(operation.id);
}

export const dateTimeInWords = (value: string) => new Date(value).toLocaleString();
