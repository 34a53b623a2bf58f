import type { Dataset } from '../../data/dataset.ts';
import {
  seededMachineLive,
  type MachineLive,
  type MachinePowerState,
  type MachineRegistrationState,
} from '../../data/machine-model.ts';
import { sessionStates } from '../../data/sessions.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import type { MachineIndex } from './machine-index.ts';

const powerStates: readonly MachinePowerState[] = ['On', 'Off', 'TurningOn', 'TurningOff'];
const DISCONNECTED = sessionStates.indexOf('Disconnected');

/**
 * The live side of the machines: power, registration, maintenance mode and image, as columns per
 * machine row, starting from the seed. Session counts are not stored: they are the machine's
 * sessions that have not ended, read from the session store, so the two never disagree.
 */
export class MachineStore {
  private readonly power: Uint8Array;
  private readonly registered: Uint8Array;
  private readonly maintenance: Uint8Array;
  private readonly outOfDate: Uint8Array;
  private readonly pending = new Set<number>();
  private readonly deregistration = new Map<number, { reason: string; at: number }>();

  constructor(
    readonly index: MachineIndex,
    private readonly sessions: SessionStore,
    private readonly dataset: Dataset,
  ) {
    const { count } = index;
    this.power = new Uint8Array(count);
    this.registered = new Uint8Array(count);
    this.maintenance = new Uint8Array(count);
    this.outOfDate = new Uint8Array(count);
    for (let row = 0; row < count; row++) {
      const seeded = seededMachineLive(
        dataset,
        index.place(row),
        index.uid[row] ?? 0,
        (index.sessionStart[row + 1] ?? 0) - (index.sessionStart[row] ?? 0),
      );
      this.power[row] = powerStates.indexOf(seeded.powerState);
      this.registered[row] = seeded.registrationState === 'Registered' ? 1 : 0;
      this.maintenance[row] = seeded.inMaintenanceMode ? 1 : 0;
      this.outOfDate[row] = seeded.imageOutOfDate ? 1 : 0;
      if (seeded.lastDeregistration) this.deregistration.set(row, seeded.lastDeregistration);
    }
  }

  get count(): number {
    return this.index.count;
  }

  /** The sessions on the machine that have not ended. */
  liveSessions(row: number): number[] {
    const { sessionStart, sessionList } = this.index;
    const live: number[] = [];
    for (let k = sessionStart[row] ?? 0; k < (sessionStart[row + 1] ?? 0); k++) {
      const session = sessionList[k] ?? 0;
      if (this.sessions.isLive(session)) live.push(session);
    }
    return live;
  }

  live(row: number): MachineLive {
    const sessions = this.liveSessions(row);
    const registrationState: MachineRegistrationState =
      this.registered[row] === 1 ? 'Registered' : 'Unregistered';
    return {
      powerState: powerStates[this.power[row] ?? 0] ?? 'On',
      registrationState,
      inMaintenanceMode: this.maintenance[row] === 1,
      imageOutOfDate: this.outOfDate[row] === 1,
      powerActionPending: this.pending.has(row),
      sessionCount: sessions.length,
      disconnected:
        sessions.length > 0 && sessions.every((i) => this.sessions.state[i] === DISCONNECTED),
      lastDeregistration: this.deregistration.get(row) ?? null,
    };
  }

  setMaintenance(row: number, on: boolean): void {
    this.maintenance[row] = on ? 1 : 0;
  }

  /** Shows `PowerActionPending` while an asynchronous restart runs. */
  beginRestart(row: number): void {
    this.pending.add(row);
  }

  /**
   * Restarts the machine: every session on it ends (as a log-off would end it), the VDA
   * re-registers, and a machine whose catalog is rolling out a new image picks it up, as MCS
   * machines do at restart.
   */
  restart(row: number, now: number): void {
    this.pending.delete(row);
    for (const session of this.liveSessions(row)) this.sessions.logoff(session);
    this.power[row] = powerStates.indexOf('On');
    this.registered[row] = 1;
    this.deregistration.set(row, { reason: 'DesktopRestart', at: now });
    const catalog = this.dataset.catalogs[this.index.catalog[row] ?? 0];
    if (catalog?.state === 'Processing') this.outOfDate[row] = 0;
  }
}
