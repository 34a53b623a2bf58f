import { Notifications } from '@mantine/notifications';
import classes from './ToastContainer.module.css';

/**
 * Where toasts appear. Loaded lazily by the provider: the container and its transition library
 * are not needed to paint a page, and toasts shown before it arrives wait in Mantine's store.
 *
 * A toast closes by itself after a few seconds unless it sets `autoClose: false`, as a failure
 * the user must read does. At most three are on screen; the rest wait for one to close.
 */
export function ToastContainer() {
  return (
    <Notifications
      classNames={{ notification: classes.toast }}
      // Bottom left is clear of the pagers and the detail drawers, which sit on the right.
      position="bottom-left"
      autoClose={5000}
      limit={3}
      // Hovering one toast to read it holds that one only; a pointer resting on the page
      // under the stack no longer keeps every toast up.
      pauseResetOnHover="notification"
    />
  );
}
