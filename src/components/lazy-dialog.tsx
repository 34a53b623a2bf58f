import { Alert, Box, Button, Group, Loader, Text } from '@mantine/core';
import {
  useEffect,
  useState,
  type ComponentType,
  type FunctionComponent,
  type ReactNode,
} from 'react';
import { loadOnce } from '../lib/load-once.ts';
import { useAfterFirstInput } from './first-input.ts';

/** A dialog whose code loads when it is first opened, or earlier when asked to (`preload`). */
export type LazyDialog<Props> = FunctionComponent<Props> & {
  /** Starts loading the dialog's code; settles when it has arrived (rejects if it failed). */
  preload(): Promise<void>;
};

/**
 * A dialog whose code loads when it is first opened. A page that offers an action (log off,
 * restart, hide) opens its dialog seldom; its code, with Mantine's Modal and form controls (about
 * 19 KB), need not come with the page. `useLoadAfterFirstInput` loads it at the page's first
 * input, so it is there by the time someone clicks.
 *
 * Until it arrives a loader shows where the dialog will. If it cannot arrive (a dropped
 * connection), a notice says so in words, with "Try again" and "Close"; `dismiss` closes it as
 * the dialog does when nothing was done.
 */
export function lazyDialog<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  dismiss: (props: Props) => void,
): LazyDialog<Props> {
  // A failed load is forgotten, so the next try loads the code again.
  const code = loadOnce(load);

  function Dialog(props: Props) {
    const [failed, setFailed] = useState(false);
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (code.loaded || failed) return;
      code.start().then(
        () => setArrived(true),
        () => setFailed(true),
      );
    }, [failed]);
    const Loaded = code.loaded;
    if (Loaded) return <Loaded {...props} />;
    if (failed) {
      return <DialogLoadFailure onRetry={() => setFailed(false)} onClose={() => dismiss(props)} />;
    }
    return (
      <DialogLayer>
        <Loader role="status" aria-label="Opening the dialog" />
      </DialogLayer>
    );
  }
  return Object.assign(Dialog, { preload: () => code.start().then(() => undefined) });
}

/** Loads these dialogs' (or other lazy parts') code at the page's first input (`useAfterFirstInput`). */
export function useLoadAfterFirstInput(...dialogs: { preload(): Promise<void> }[]) {
  const afterInput = useAfterFirstInput();
  useEffect(() => {
    if (!afterInput) return;
    // A failure is shown if the dialog is opened; the dialog tries again then.
    for (const dialog of dialogs) dialog.preload().catch(() => undefined);
    // The dialogs are module constants: the list never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [afterInput]);
}

/** Over the page, centred, where the dialog will open. */
function DialogLayer({ children }: { children: ReactNode }) {
  return (
    <Box
      pos="fixed"
      inset={0}
      display="flex"
      style={{ alignItems: 'center', justifyContent: 'center', zIndex: 200 }}
    >
      {children}
    </Box>
  );
}

/** In the dialog's place, as a dialog: Escape closes it, as it would have closed the dialog. */
function DialogLoadFailure({ onRetry, onClose }: { onRetry: () => void; onClose: () => void }) {
  return (
    <DialogLayer>
      <Alert
        role="alertdialog"
        aria-modal
        aria-label="The dialog could not open"
        color="red"
        title="The dialog could not open"
        maw={420}
        m="md"
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <Text size="sm">
          Its code did not arrive: check the connection, then try again. Nothing was done.
        </Text>
        <Group mt="sm" gap="xs">
          <Button size="xs" onClick={onRetry} autoFocus>
            Try again
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Alert>
    </DialogLayer>
  );
}
