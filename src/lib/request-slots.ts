/**
 * At most `size` requests open at once; the rest wait their turn in order. A waiting request
 * whose signal aborts leaves the queue without ever being sent.
 */
export function createRequestSlots(size: number) {
  let open = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    open--;
    waiting.shift()?.();
  };
  const acquire = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (open < size) {
        open++;
        resolve();
        return;
      }
      const turn = () => {
        signal.removeEventListener('abort', leave);
        open++;
        resolve();
      };
      const leave = () => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(signal.reason);
      };
      waiting.push(turn);
      signal.addEventListener('abort', leave, { once: true });
    });
  return async function run<T>(signal: AbortSignal, request: () => Promise<T>): Promise<T> {
    await acquire(signal);
    try {
      return await request();
    } finally {
      release();
    }
  };
}
