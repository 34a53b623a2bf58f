import { useEffect, useState } from 'react';

/**
 * The server's clock now, from its `serverNow` in an answer received at `receivedAt` (ms, the
 * browser's clock): the browser's own clock only measures the time since. A countdown to a
 * scheduled start is then right even on a machine whose clock is minutes off.
 */
export function useServerClock(serverNow: string, receivedAt: number, intervalMs = 1000): number {
  const [browserNow, setBrowserNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setBrowserNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return Date.parse(serverNow) + Math.max(0, browserNow - receivedAt);
}
