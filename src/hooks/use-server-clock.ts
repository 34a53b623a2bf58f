import { useEffect, useState } from 'react';
import { serverClockAt } from '../lib/server-clock.ts';

/** The server's clock now (see serverClockAt), read again every `intervalMs`. */
export function useServerClock(serverNow: string, receivedAt: number, intervalMs = 1000): number {
  const [browserNow, setBrowserNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setBrowserNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return serverClockAt(serverNow, receivedAt, browserNow);
}
