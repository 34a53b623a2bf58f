import { useState } from 'react';
import type { CursorStack } from '../../hooks/use-cursor-stack.ts';
import { toApiProblem } from '../../lib/api-problem.ts';

/**
 * A continuation token the API refuses (expired, from before a restart, altered) cannot be
 * repaired: go back to page 1 and say why, instead of leaving the user on an error.
 */
export function useRefusedTokenRecovery(
  error: Error | null,
  pages: Pick<CursorStack, 'cursor' | 'first'>,
) {
  const [text, setText] = useState<string | null>(null);
  const problem = error && pages.cursor ? toApiProblem(error) : null;
  // Adjusted during render (not in an effect) so no second request goes out with the bad token.
  if (problem?.status === 400) {
    pages.first();
    setText(
      `The page you were on is no longer available, so the list starts again from the first page. ${problem.detail ?? ''}`.trim(),
    );
  }
  return text === null ? null : { text, dismiss: () => setText(null) };
}
