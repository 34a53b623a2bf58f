import type { Dataset } from '../../data/dataset.ts';
import type { SessionOverrides } from '../../data/session-model.ts';
import { sessionStates } from '../../data/sessions.ts';

const DISCONNECTED = sessionStates.indexOf('Disconnected');

/**
 * The live side of the seeded sessions: what log-offs and disconnects have changed since start-up.
 * The generated table stays untouched (it is the seed's truth); the current state is a copy of its
 * `state` column, plus a bitmap of ended sessions, so scans over 100,000 rows stay typed-array fast.
 */
export class SessionStore {
  readonly state: Uint8Array;
  readonly ended: Uint8Array;
  private readonly stateChangedAt = new Map<number, number>();
  private readonly logoffPending = new Set<number>();
  private readonly hidden = new Set<number>();
  /** Bumped on every change, so caches that depend on live state (sort by state) know to rebuild. */
  version = 0;

  constructor(readonly dataset: Dataset) {
    this.state = dataset.sessions.state.slice();
    this.ended = new Uint8Array(dataset.sessions.count);
  }

  get count(): number {
    return this.dataset.sessions.count;
  }

  isLive(index: number): boolean {
    return index >= 0 && index < this.count && this.ended[index] === 0;
  }

  overrides(index: number): SessionOverrides {
    const changedAt = this.stateChangedAt.get(index);
    const hidden = this.hidden.has(index);
    if (changedAt === undefined && !this.logoffPending.has(index) && !hidden) return {};
    return {
      state: this.state[index],
      stateChangedAt: changedAt,
      logoffInProgress: this.logoffPending.has(index),
      hidden,
    };
  }

  /** Returns false when the session has already ended. */
  disconnect(index: number, now: number): boolean {
    if (!this.isLive(index)) return false;
    if (this.state[index] !== DISCONNECTED) {
      this.state[index] = DISCONNECTED;
      this.stateChangedAt.set(index, now);
      this.version += 1;
    }
    return true;
  }

  /** `$hide` / `$unhide`: the session stays listed, flagged `IsHidden`. False once it has ended. */
  setHidden(index: number, hidden: boolean): boolean {
    if (!this.isLive(index)) return false;
    if (hidden) this.hidden.add(index);
    else this.hidden.delete(index);
    return true;
  }

  /** Shows `LogoffInProgress` while an asynchronous log-off runs. */
  beginLogoff(index: number): void {
    this.logoffPending.add(index);
  }

  /** Returns false when the session had already ended. */
  logoff(index: number): boolean {
    this.logoffPending.delete(index);
    if (!this.isLive(index)) return false;
    this.ended[index] = 1;
    this.stateChangedAt.delete(index);
    this.hidden.delete(index);
    this.version += 1;
    return true;
  }
}
