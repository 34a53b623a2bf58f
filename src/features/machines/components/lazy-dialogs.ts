import { lazyDialog } from '../../../components/lazy-dialog.tsx';
import type { MachineActionDialogProps } from './MachineActionDialog.tsx';

/** The machine actions' dialog, loaded when first opened (components/lazy-dialog.tsx). */
export const LazyMachineActionDialog = lazyDialog<MachineActionDialogProps>(
  async () => (await import('./MachineActionDialog.tsx')).MachineActionDialog,
  ({ onClose }) => onClose(),
);
