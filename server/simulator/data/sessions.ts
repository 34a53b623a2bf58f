import { createRandom, type Random } from '../random.ts';
import { sessionHostingStates, type CitrixCatalog } from './catalogs.ts';
import { clientPlatforms, publishedApps } from './vocabulary.ts';

/** Enum values (from specs/enums-cvad.json) that sessions store as small integers. */
export const sessionStates = ['Unknown', 'Connected', 'Active', 'Disconnected'] as const;
export const sessionTypes = ['Unknown', 'Desktop', 'Application'] as const;
export const protocols = ['Unknown', 'Hdx', 'Rdp', 'Console'] as const;
export const appStates = [
  'Unknown',
  'PreLogon',
  'PreLaunched',
  'Active',
  'Desktop',
  'Lingering',
  'NoApps',
] as const;

/** Sessions a multi-session host carries at most; single-session machines carry one. */
export const SESSIONS_PER_SHARED_HOST = 12;

/**
 * Sessions as columns of typed arrays (about 30 bytes each): 100,000 of them take ~3 MB and generate in
 * milliseconds. `session-model.ts` expands one row to the PascalCase SessionResponseModel on demand.
 */
export interface SessionTable {
  count: number;
  userCount: number;
  /** Index into the dataset's catalogs (the machine catalog and its delivery group). */
  catalog: Uint16Array;
  /** Machine number within its catalog. */
  machine: Uint32Array;
  user: Uint32Array;
  state: Uint8Array;
  sessionType: Uint8Array;
  protocol: Uint8Array;
  appState: Uint8Array;
  clientPlatform: Uint8Array;
  /** Bit i set = publishedApps[i] in use (application sessions only). */
  apps: Uint8Array;
  /** Seconds before the dataset reference time that the session started / last changed state. */
  startedSecondsAgo: Uint32Array;
  stateChangedSecondsAgo: Uint32Array;
  establishmentMs: Uint16Array;
  clientIp: Uint32Array;
  /** Sessions on each catalog's machines, per catalog: machineSessionCounts[catalog][machine]. */
  machineSessionCounts: Uint16Array[];
  /** Global number of each catalog's first machine, so machine UIDs and IDs are unique site-wide. */
  machineOffsets: Uint32Array;
}

const platformWeights = clientPlatforms.map((p, i) => [i, p.weight] as const);

/** One published app, sometimes two, as a bit mask over publishedApps. */
function pickApps(random: Random): number {
  const first = 1 << random.int(0, publishedApps.length - 1);
  return random.chance(0.3) ? first | (1 << random.int(0, publishedApps.length - 1)) : first;
}

export function generateSessions(
  seed: number,
  count: number,
  catalogs: readonly CitrixCatalog[],
): SessionTable {
  const random = createRandom(seed, 'sessions');
  const hosting = catalogs
    .map((c, i) => [i, c] as const)
    .filter(([, c]) => sessionHostingStates.has(c.state));
  const hostWeights = hosting.map(
    ([i, c]) => [i, c.sessionSupport === 'MultiSession' ? 3 : 1] as const,
  );
  // Roughly four sessions for every three users, so many users have more than one session.
  const userCount = Math.max(1, Math.ceil(count * 0.75));
  const nextSlot = new Uint32Array(catalogs.length);
  const table: SessionTable = {
    count,
    userCount,
    catalog: new Uint16Array(count),
    machine: new Uint32Array(count),
    user: new Uint32Array(count),
    state: new Uint8Array(count),
    sessionType: new Uint8Array(count),
    protocol: new Uint8Array(count),
    appState: new Uint8Array(count),
    clientPlatform: new Uint8Array(count),
    apps: new Uint8Array(count),
    startedSecondsAgo: new Uint32Array(count),
    stateChangedSecondsAgo: new Uint32Array(count),
    establishmentMs: new Uint16Array(count),
    clientIp: new Uint32Array(count),
    machineSessionCounts: [],
    machineOffsets: new Uint32Array(catalogs.length),
  };
  if (count > 0 && hostWeights.length === 0) throw new Error('No catalog can host sessions');
  for (let i = 0; i < count; i++) {
    const catalogIndex = random.weighted(hostWeights);
    const shared = catalogs[catalogIndex]?.sessionSupport === 'MultiSession';
    const slot = nextSlot[catalogIndex] ?? 0;
    nextSlot[catalogIndex] = slot + 1;
    table.catalog[i] = catalogIndex;
    table.machine[i] = shared ? Math.floor(slot / SESSIONS_PER_SHARED_HOST) : slot;
    table.user[i] = random.int(0, userCount - 1);
    const state = random.weighted([
      [2, 70],
      [3, 23],
      [1, 5],
      [0, 2],
    ] as const);
    table.state[i] = state;
    const isApp = shared && random.chance(0.6);
    table.sessionType[i] = isApp ? 2 : 1;
    table.protocol[i] = random.weighted([
      [1, 95],
      [2, 4],
      [3, 1],
    ] as const);
    table.appState[i] = !isApp ? 4 : state === 3 ? 5 : state === 1 ? 1 : 3;
    table.clientPlatform[i] = random.weighted(platformWeights);
    table.apps[i] = isApp ? pickApps(random) : 0;
    const started = random.int(60, 3 * 24 * 3600);
    table.startedSecondsAgo[i] = started;
    table.stateChangedSecondsAgo[i] =
      state === 2 ? started - random.int(0, 59) : random.int(0, started);
    table.establishmentMs[i] = random.int(2500, 45_000);
    table.clientIp[i] = ((10 << 24) >>> 0) + random.int(0, 0xffffff);
  }
  table.machineSessionCounts = catalogs.map((catalog, index) => {
    const slots = nextSlot[index] ?? 0;
    const perMachine = catalog.sessionSupport === 'MultiSession' ? SESSIONS_PER_SHARED_HOST : 1;
    return new Uint16Array(Math.ceil(slots / perMachine));
  });
  let offset = 0;
  table.machineSessionCounts.forEach((counts, index) => {
    table.machineOffsets[index] = offset;
    offset += counts.length;
  });
  for (let i = 0; i < count; i++) {
    const counts = table.machineSessionCounts[table.catalog[i] ?? 0];
    const machine = table.machine[i] ?? 0;
    if (counts) counts[machine] = (counts[machine] ?? 0) + 1;
  }
  return table;
}
