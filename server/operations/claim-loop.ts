/**
 * The loop both the operations' follower and the plans' runner run on every instance: a tick
 * claims what is due through the database and works on it; ticks never overlap (one still under
 * way is waited for, not doubled); a failed tick is logged and the next one tries again; stopping
 * waits for the tick under way, then gives up this instance's leases so another takes over at once.
 */
export interface ClaimLoop {
  /** Claims and works on what is due once; resolves when done (tests drive it directly). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export interface ClaimLoopOptions {
  /** How often to tick, in milliseconds; at most every second. */
  intervalMs: number;
  /** One tick's work: claim what is due, then work on it. */
  work: () => Promise<void>;
  /** Gives up every lease this instance holds. */
  release: () => Promise<void>;
  /** A failed tick, in words, prefixed like `[console-follower]`. */
  log: (line: string) => void;
  logPrefix: string;
}

export function startClaimLoop(options: ClaimLoopOptions): ClaimLoop {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return running ?? Promise.resolve();
    running = options
      .work()
      .catch((error: unknown) => options.log(`${options.logPrefix} ${describe(error)}`))
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void tick(), Math.min(options.intervalMs, 1_000));
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await options.release().catch(() => undefined);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
