import { Notifications } from '@mantine/notifications';
import classes from './ToastContainer.module.css';

/**
 * Where toasts appear. Loaded lazily by the provider: the container and its transition library
 * are not needed to paint a page, and toasts shown before it arrives wait in Mantine's store.
 */
export function ToastContainer() {
  return <Notifications classNames={{ notification: classes.toast }} />;
}
