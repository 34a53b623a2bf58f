import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useState } from 'react';

export interface UrlText {
  /** What the box shows: every key as it is typed. */
  text: string;
  /** Shows `next` at once; writes it to the URL once typing pauses. */
  type: (next: string) => void;
  /**
   * For a change that writes the text to the URL itself, with something else (a filter): cancels
   * the write waiting for a pause and returns the text, after showing `next` when given.
   */
  takeForWrite: (next?: string) => string;
}

/**
 * Text typed in a box and kept in the URL. The box answers each key from its own state: the URL
 * changes later (the router navigates in a transition, and a slow page holds it back), so a box
 * bound to the URL would drop keys and show old text under the typist's fingers.
 *
 * A URL change this hook did not make (Back, a link, a cleared filter) replaces the text. One it
 * made does not, even when it arrives after newer keys: the texts written and not yet seen in the
 * URL are remembered, oldest first, and a URL that shows one of them is catching up.
 */
export function useUrlText(
  urlText: string,
  writeToUrl: (text: string) => void,
  delayMs: number,
): UrlText {
  const [text, setText] = useState(urlText);
  const [seen, setSeen] = useState(urlText);
  const [pending, setPending] = useState<readonly string[]>([]);
  if (urlText !== seen) {
    setSeen(urlText);
    const at = pending.indexOf(urlText);
    if (at >= 0) {
      setPending(pending.slice(at + 1));
    } else {
      setPending([]);
      setText(urlText);
    }
  }
  // A text equal to the URL's changes nothing there, so it is never seen: not waited for.
  const remember = useCallback(
    (next: string) => setPending((texts) => (next === seen ? texts : [...texts, next])),
    [seen],
  );
  const writeLater = useDebouncedCallback((next: string) => {
    remember(next);
    writeToUrl(next);
  }, delayMs);
  const type = useCallback(
    (next: string) => {
      setText(next);
      writeLater(next);
    },
    [writeLater],
  );
  const takeForWrite = useCallback(
    (next = text) => {
      writeLater.cancel();
      setText(next);
      remember(next);
      return next;
    },
    [remember, text, writeLater],
  );
  return { text, type, takeForWrite };
}
