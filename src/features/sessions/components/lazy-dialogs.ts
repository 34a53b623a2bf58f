import { lazyDialog } from '../../../components/lazy-dialog.tsx';
import type { SessionActionDialogProps } from './SessionActionDialog.tsx';

/**
 * The session actions' dialog, loaded when first opened (components/lazy-dialog.tsx). Closed
 * before its code arrived, every session is still to do.
 */
export const LazySessionActionDialog = lazyDialog<SessionActionDialogProps>(
  async () => (await import('./SessionActionDialog.tsx')).SessionActionDialog,
  ({ sessions, onClose }) => onClose(sessions.map((session) => session.Id)),
);
