import { Badge, Box } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { toApiProblem } from '../lib/api-problem.ts';
// Deferred: Mantine's Tooltip brings Floating UI, too big for the shell's first route.
import { DeferredTooltip } from './DeferredTooltip.tsx';
import classes from './RetryStatus.module.css';

/** The failure of a read that is being retried right now, or null. */
function retryingFailure(cache: QueryCache): unknown {
  const retrying = cache
    .getAll()
    .find((query) => query.state.fetchStatus !== 'idle' && query.state.fetchFailureCount > 0);
  return retrying ? retrying.state.fetchFailureReason : null;
}

/**
 * Header status while any read is being retried: which problem the console is riding out, so a
 * spinner that lasts longer than usual explains itself. Gone once the read succeeds or gives up
 * (the page then shows the error in place).
 */
export function RetryStatus() {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // Nothing is being retried in the page the server paints before the app runs (static-shells).
  const failure = useSyncExternalStore(
    subscribe,
    () => retryingFailure(cache),
    () => null,
  );
  const problem = failure === null ? null : toApiProblem(failure);
  const words = problem && `Retrying: ${problem.title}`;
  return (
    <div role="status" aria-live="polite" className={classes.status}>
      {problem && (
        <DeferredTooltip label={`${words}. ${problem.message}`} multiline w={280} withArrow>
          <Badge
            color="orange"
            variant="light"
            leftSection={<IconRefresh size={12} aria-hidden />}
            tabIndex={0}
          >
            {/* All the words fit a wide header, or a phone's line below it; see the CSS. */}
            <span className={classes.words}>{words}</span>
            <Box component="span" visibleFrom="xs" hiddenFrom="lg" aria-hidden>
              Retrying
            </Box>
          </Badge>
        </DeferredTooltip>
      )}
    </div>
  );
}
