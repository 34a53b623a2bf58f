/**
 * The simulator's time. Every expiry (tokens, continuation tokens), every build and rollout reads
 * it, and the one timer the simulator schedules (settling a rollout nobody polls) is set on it, so
 * a test started with a manual clock moves time itself instead of sleeping.
 */

/** A timer set on a clock; `cancel()` is a no-op once it has fired. */
export interface ClockTimer {
  cancel(): void;
}

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `callback` once the clock has moved on `ms`; it never keeps the process alive. */
  setTimeout(callback: () => void, ms: number): ClockTimer;
}

/** A clock that stands still until the test advances it; its timers fire inside `advance`. */
export interface ManualClock extends Clock {
  readonly manual: true;
  /** Moves time forward `ms`, firing every timer that falls due, in order, at its own time. */
  advance(ms: number): void;
}

/** The wall clock, for a simulator serving a console. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};

/**
 * The wall clock run `rate` times faster from `origin` (the process's start by default), for
 * SIM_CLOCK_RATE: end-to-end tests see a plan scheduled a minute ahead start in 60/rate real
 * seconds, and rollouts and token lifetimes shrink alike, since everything reads this one clock.
 */
export function scaledClock(rate: number, origin: number = performance.timeOrigin): Clock {
  if (!Number.isInteger(rate) || rate < 1)
    throw new RangeError(`Clock rate ${rate} is not 1 or more`);
  return {
    now: () => origin + (Date.now() - origin) * rate,
    setTimeout(callback, ms) {
      const timer = setTimeout(callback, Math.max(0, ms) / rate);
      timer.unref();
      return { cancel: () => clearTimeout(timer) };
    },
  };
}

/** 2026-11-24 12:00 UTC: a fixed start, so tests that format times see the same strings. */
export const defaultManualStart = Date.UTC(2026, 10, 24, 12, 0, 0);

export function createManualClock(start: number = defaultManualStart): ManualClock {
  let current = start;
  let nextId = 0;
  const timers = new Map<number, { dueAt: number; callback: () => void }>();

  return {
    manual: true,
    now: () => current,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { dueAt: current + Math.max(0, ms), callback });
      return { cancel: () => timers.delete(id) };
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Cannot advance by ${ms} ms`);
      const target = current + ms;
      for (;;) {
        let due: [number, { dueAt: number; callback: () => void }] | undefined;
        for (const entry of timers) {
          if (entry[1].dueAt <= target && (!due || entry[1].dueAt < due[1].dueAt)) due = entry;
        }
        if (!due) break;
        timers.delete(due[0]);
        current = Math.max(current, due[1].dueAt);
        due[1].callback();
      }
      current = target;
    },
  };
}

export function isManualClock(clock: Clock): clock is ManualClock {
  return 'manual' in clock && clock.manual === true;
}
