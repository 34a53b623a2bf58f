import { startTransition, useEffect, useState } from 'react';

// The page's first contentful paint, as the browser reports it: a frame drawn is not always a
// frame shown. Chromium holds a new page's first frame (paint holding) until the app's content
// commits, sometimes a second later, while animation frames keep running.
let contentShown = false;
// A page opened in a background tab shows nothing until it is looked at: the details load anyway.
const longestWaitMs = 3000;

function whenContentShown(then: () => void): () => void {
  const paintReported =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (contentShown || !paintReported) {
    then();
    return () => undefined;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    contentShown = true;
    finish();
  });
  const timer = setTimeout(() => finish(), longestWaitMs);
  const finish = () => {
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  observer.observe({ type: 'paint', buffered: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

/**
 * False until the browser has shown this component once. Reads of the details under a page's
 * main content (a session's applications, a machine's state) and of what only a picker needs
 * wait for it: on a phone's connection they shared the bandwidth with the page's first paint and
 * held it back, and what they complete is drawn a frame later either way. (Code only a click
 * needs waits for the first input instead: `DeferredPopover`.)
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const stopWaiting = whenContentShown(() => {
      // A frame's callbacks run before its paint; a task queued from one runs after it. As a
      // transition, what the news redraws (a machine's card with its actions, under a person's
      // page) is drawn in slices a tap can come between, not in one piece.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => startTransition(() => setPainted(true)));
      });
    });
    return () => {
      stopWaiting();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
