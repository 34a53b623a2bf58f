import { z } from 'zod';
import { sessionId } from '../../data/session-model.ts';
import type { SessionsArea } from './sessions-area.ts';

/** `SendMessageRequestModel`. */
export const sendMessageSchema = z.object({
  Style: z.enum(['Unknown', 'Critical', 'Question', 'Exclamation', 'Information']).nullish(),
  Title: z.string().max(256).nullish(),
  Text: z.string().trim().min(1, 'Text is required').max(4096),
});

export type SessionAction = '$logoff' | '$disconnect' | '$sendMessage' | '$hide' | '$unhide';

interface ActionSpec {
  jobType: string;
  /** How long the asynchronous job takes on the simulator clock. */
  durationMs: number;
  /** Applies the action; returns false when the session had ended in the meantime. */
  apply(area: SessionsArea, index: number, now: number): boolean;
}

export const sessionActions: Record<SessionAction, ActionSpec> = {
  $logoff: {
    jobType: 'LogoffSessions',
    durationMs: 3000,
    apply: (area, index) => area.store.logoff(index),
  },
  $disconnect: {
    jobType: 'DisconnectSessions',
    durationMs: 1500,
    apply: (area, index, now) => area.store.disconnect(index, now),
  },
  // The message is shown on the user's screen; nothing about the session changes.
  $sendMessage: {
    jobType: 'SendSessionMessage',
    durationMs: 800,
    apply: (area, index) => area.store.isLive(index),
  },
  // Hidden from the user (IsHidden: "not to be reconnected to"); administrators still list it.
  $hide: {
    jobType: 'HideSession',
    durationMs: 500,
    apply: (area, index) => area.store.setHidden(index, true),
  },
  $unhide: {
    jobType: 'UnhideSession',
    durationMs: 500,
    apply: (area, index) => area.store.setHidden(index, false),
  },
};

/** Actions the 2023 spec answers `204 No Content` when done synchronously. */
export const noContentActions: ReadonlySet<SessionAction> = new Set([
  '$logoff',
  '$hide',
  '$unhide',
]);

export function isSessionAction(name: string): name is SessionAction {
  return Object.hasOwn(sessionActions, name);
}

/** Starts `action` as a job owned by `owner`; its effect lands when the job completes. */
export function startActionJob(
  area: SessionsArea,
  action: SessionAction,
  index: number,
  owner: string,
  now: () => number,
) {
  const spec = sessionActions[action];
  const id = sessionId(area.store.dataset, index);
  if (action === '$logoff') area.store.beginLogoff(index);
  return area.jobs.create({
    type: spec.jobType,
    parameters: [{ Name: 'Id', Value: id }],
    owner,
    durationMs: spec.durationMs,
    complete: () => (spec.apply(area, index, now()) ? undefined : `Session ${id} no longer exists`),
  });
}
