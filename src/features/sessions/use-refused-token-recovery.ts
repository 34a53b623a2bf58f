import type { CursorStack } from '../../hooks/use-cursor-stack.ts';
import { toApiProblem } from '../../lib/api-problem.ts';

/** Why the page on screen cannot be shown, and the way out. */
export interface ExpiredPlace {
  /** The page whose token the API refused. */
  pageNumber: number;
  /** The API's own words, when it gave some. */
  detail: string | undefined;
  startAgain: () => void;
}

/**
 * A continuation token the API refuses (expired, from before a restart, altered) cannot be
 * repaired. Say so and offer page 1, rather than leave a bare error or jump to page 1 unasked:
 * the page may have been reopened from history (a reload, Back) long after it was read.
 */
export function useRefusedTokenRecovery(
  error: Error | null,
  pages: Pick<CursorStack, 'cursor' | 'first' | 'pageNumber'>,
): ExpiredPlace | null {
  const problem = error && pages.cursor ? toApiProblem(error) : null;
  if (problem?.status !== 400) return null;
  return { pageNumber: pages.pageNumber, detail: problem.detail, startAgain: pages.first };
}
