import type { SessionAction } from '../../api/citrix/sessions.ts';

/** Each session action in words: its button, what it did, and what it does to the user. */
export const actionWords: Record<SessionAction, { verb: string; done: string; warning: string }> = {
  logoff: {
    verb: 'Log off',
    done: 'logged off',
    warning: 'Applications close and unsaved work in them is lost.',
  },
  disconnect: {
    verb: 'Disconnect',
    done: 'disconnected',
    warning: 'The session keeps running; the user can reconnect to it.',
  },
  sendMessage: {
    verb: 'Send message',
    done: 'sent the message',
    warning: 'The message pops up in the session.',
  },
};
