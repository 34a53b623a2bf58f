import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { Operation } from '../../../contracts/identity-api.ts';
import { catalogQueries } from '../../api/citrix/catalogs.ts';
import { readOperation } from './operation-reading.ts';
import { operationTitle } from './operation-words.ts';

/**
 * Says once that an operation ended, whoever started it, and refreshes what it changed. Loaded
 * by the Operations menu only when something ends: it brings the catalog schemas, which the
 * shell every page waits for does not need (scripts/check-bundle-budget.ts).
 */
export function announceOutcome(queryClient: QueryClient, operation: Operation) {
  const failed = operation.state === 'failed';
  const by = `Started by ${operation.startedBy.name}.`;
  if (operation.rollout) {
    // The catalog's state and image changed: its pages and the wizard must not show the old ones.
    void queryClient.invalidateQueries({ queryKey: catalogQueries.all() });
    const reading = readOperation(operation);
    const imageName = operation.rollout.imageName ?? operation.rollout.imageId;
    const title = `${operation.rollout.catalogName ?? operation.rollout.catalogId}: ${reading.headline}`;
    const message = failed
      ? `${reading.detail ?? ''} ${by} Open the rollout to see what to do.`.trim()
      : `${imageName} is now the catalog’s image. ${by}`;
    notifications.show({
      color: failed ? 'red' : 'teal',
      title,
      message,
      // Toasts stop at a few lines (ToastContainer); long names are whole on hover.
      attributes: { title: { title }, description: { title: message } },
      // A failure needs reading; a success can pass by itself.
      autoClose: failed ? false : 8000,
    });
    return;
  }
  notifications.show({
    color: failed ? 'red' : 'teal',
    title: `${operationTitle(operation)}: ${failed ? 'failed' : 'done'}`,
    message: `${operation.progress?.statusMessage ?? ''} ${by}`.trim(),
    autoClose: failed ? false : 8000,
  });
}
