import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once since the component was drawn. Reads of the details
 * under a page's main content (a session's applications, a machine's state) wait for it: on a
 * phone's connection they shared the bandwidth with the page's first paint and held it back,
 * and the content they complete is drawn a frame later either way.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run before its paint; a task queued from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
