import type { Operation, OperationState } from '../../../contracts/identity-api.ts';
import { paths } from '../../lib/paths.ts';

// Light on purpose: the Operations menu in the shell uses these on every page, so no catalog
// schemas (classic zod) come with them.

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

/** "Finance Shared → Finance Server 2025-11 #7", or "Log off: jdoe" for a session action. */
export function operationTitle(operation: Operation): string {
  const { rollout, sessionAction } = operation;
  if (rollout) {
    return `${rollout.catalogName ?? rollout.catalogId} → ${rollout.imageName ?? rollout.imageId}`;
  }
  if (sessionAction) {
    const action = sessionActionWords[sessionAction.action] ?? sessionAction.action;
    return `${action}: ${sessionAction.userName ?? sessionAction.sessionId}`;
  }
  return 'Operation';
}

/** Where an operation is followed: a rollout's progress page, or the session it acted on. */
export function operationHref(operation: Operation): string {
  if (operation.sessionAction) return paths.sessionDetail.href(operation.sessionAction.sessionId);
  return paths.rollout.href(operation.id);
}

export const dateTimeInWords = (value: string) => new Date(value).toLocaleString();
