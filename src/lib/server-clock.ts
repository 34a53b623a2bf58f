/**
 * The server's clock at `browserNow`, from its `serverNow` in an answer received at `receivedAt`
 * (ms, the browser's clock): the browser's own clock only measures the time since, so a machine
 * whose clock is minutes off still counts down to, and polls for, a scheduled start on time.
 */
export function serverClockAt(serverNow: string, receivedAt: number, browserNow: number): number {
  return Date.parse(serverNow) + Math.max(0, browserNow - receivedAt);
}
