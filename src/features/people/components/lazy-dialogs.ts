import { lazyDialog } from '../../../components/lazy-dialog.tsx';
import type { HideSessionDialogProps } from './HideSessionDialog.tsx';

/** The hide and unhide dialog, loaded when first opened (components/lazy-dialog.tsx). */
export const LazyHideSessionDialog = lazyDialog<HideSessionDialogProps>(
  async () => (await import('./HideSessionDialog.tsx')).HideSessionDialog,
  ({ onClose }) => onClose(),
);
