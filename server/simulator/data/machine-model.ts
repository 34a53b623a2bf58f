import { compactId } from './compact-ids.ts';
import type { Dataset } from './dataset.ts';
import { dnsNameAt, hostNameAt, machineNameAt, type MachinePlace } from './session-names.ts';
import { toCitrixLocaleTime, toRfc3339 } from './time.ts';

/** `PowerState` and `RegistrationState` values (specs/enums-cvad.json) the simulator uses. */
export type MachinePowerState = 'On' | 'Off' | 'TurningOn' | 'TurningOff';
export type MachineRegistrationState = 'Registered' | 'Unregistered';

/** What changes about a machine as it is used: power, registration, maintenance, its sessions. */
export interface MachineLive {
  powerState: MachinePowerState;
  registrationState: MachineRegistrationState;
  inMaintenanceMode: boolean;
  /** The machine still runs an older image than its catalog's (`Hosting.ImageOutOfDate`). */
  imageOutOfDate: boolean;
  powerActionPending: boolean;
  sessionCount: number;
  /** The single session of a single-session machine is disconnected. */
  disconnected: boolean;
  /** When and why it last left the broker, if it has since start-up or in the seed. */
  lastDeregistration: { reason: string; at: number } | null;
}

/**
 * The machine fields seed 003 writes out as null and the simulator has no value for (no broker
 * history, no published apps, no per-session details on the machine): present, with null, as the
 * API sends them, rather than left out.
 */
const unknownMachineFields = {
  ApplicationsInUse: null,
  AssociatedUsers: null,
  ContainerScopes: null,
  ControllerDnsName: null,
  DeliveryType: null,
  Description: null,
  DesktopConditions: null,
  IsAssigned: null,
  LastConnectionFailure: null,
  LastConnectionTime: null,
  LastConnectionUser: null,
  LastDeregistrationReason: null,
  LastDeregistrationTime: null,
  LastErrorReason: null,
  LastErrorTime: null,
  LoadIndex: null,
  OSVersion: null,
  PowerActionPending: null,
  PublishedApplications: null,
  SessionClientAddress: null,
  SessionClientName: null,
  SessionClientVersion: null,
  SessionConnectedViaHostName: null,
  SessionConnectedViaIP: null,
  SessionLaunchedViaHostName: null,
  SessionLaunchedViaIP: null,
  SessionProtocol: null,
  SessionSecureIcaActive: null,
  SessionSmartAccessTags: null,
  SessionStartTime: null,
  SessionState: null,
  SessionStateChangeTime: null,
  SessionUserName: null,
  SupportedPowerActions: null,
  WillShutdownAfterUse: null,
  WindowsConnectionSetting: null,
} as const;

/** A stable fraction in [0, 1) per machine and purpose, so seeded states need no stored table. */
function fraction(uid: number, purpose: number): number {
  let t = Math.imul(uid ^ Math.imul(purpose, 0x85ebca6b), 0x9e3779b1) >>> 0;
  t = Math.imul(t ^ (t >>> 15), 0x2c1b3c6d) >>> 0;
  return ((t ^ (t >>> 13)) >>> 0) / 2 ** 32;
}

/**
 * A machine as the seed leaves it. Machines with sessions are on and registered; idle ones are
 * partly powered off (pooled catalogs shut spare machines down) and a few lost their broker.
 * Machines of a catalog whose image update is under way (`Processing`) or failed (`Error`) still
 * run the old image, in proportion to how far the update got.
 */
export function seededMachineLive(
  dataset: Dataset,
  place: MachinePlace,
  uid: number,
  seededSessions: number,
): Omit<MachineLive, 'sessionCount' | 'disconnected'> {
  const catalog = dataset.catalogs[place.catalog];
  const updating = catalog?.state === 'Processing' && catalog.subState?.includes('VdaUpdating');
  const failed = catalog?.state === 'Error' && catalog.subState?.includes('VdaUpdate');
  const done = (catalog?.taskCompletionPercentage ?? 100) / 100;
  const imageOutOfDate =
    (updating === true && fraction(uid, 1) >= done) || (failed === true && fraction(uid, 1) < 0.8);
  const inMaintenanceMode = fraction(uid, 2) < (seededSessions > 0 ? 0.03 : 0.08);
  const base = { inMaintenanceMode, imageOutOfDate, powerActionPending: false };
  if (seededSessions > 0) {
    return { ...base, powerState: 'On', registrationState: 'Registered', lastDeregistration: null };
  }
  const roll = fraction(uid, 3);
  const hosting = catalog?.state === 'Active' || updating === true || failed === true;
  const at = dataset.referenceTime - Math.floor(fraction(uid, 4) * 3 * 24 * 3600) * 1000;
  if (!hosting || roll < 0.45) {
    return {
      ...base,
      powerState: 'Off',
      registrationState: 'Unregistered',
      lastDeregistration: { reason: 'PowerOff', at },
    };
  }
  if (roll < 0.53) {
    return {
      ...base,
      powerState: 'On',
      registrationState: 'Unregistered',
      lastDeregistration: { reason: 'ContactLost', at },
    };
  }
  return { ...base, powerState: 'On', registrationState: 'Registered', lastDeregistration: null };
}

/** `SummaryState`: what the machine is doing, in one word. */
export function summaryState(live: MachineLive, shared: boolean): string {
  if (live.powerState === 'Off') return 'Off';
  if (live.registrationState !== 'Registered') return 'Unregistered';
  if (live.sessionCount === 0) return 'Available';
  return live.disconnected && !shared ? 'Disconnected' : 'InUse';
}

/** `FaultState`: a machine that is on but has not registered is at fault. */
export function faultState(live: MachineLive): string {
  return live.powerState === 'On' && live.registrationState !== 'Registered'
    ? 'Unregistered'
    : 'None';
}

/**
 * A `MachineResponseModel` (PascalCase). `uid` is the machine's site-wide number: its `Id` and
 * `Uid` come from it. Sessions embed the same model, so a session's `Machine` and
 * `GET /Machines/{id}` agree field for field.
 */
export function toMachineModel(
  dataset: Dataset,
  place: MachinePlace,
  uid: number,
  live: MachineLive,
) {
  const { customer } = dataset;
  const catalog = dataset.catalogs[place.catalog];
  if (!catalog) throw new RangeError(`No catalog ${place.catalog}`);
  const shared = catalog.sessionSupport === 'MultiSession';
  const vdaVersion = dataset.citrixImages.find((image) => image.id === catalog.imageId)?.vdaVersion;
  const deregistration = live.lastDeregistration;
  return {
    ...unknownMachineFields,
    Id: compactId(dataset.idSalts.machine, uid),
    Uid: uid + 1,
    Name: machineNameAt(dataset, place),
    DnsName: dnsNameAt(dataset, place),
    AgentVersion: vdaVersion ? `${vdaVersion}.${1000 + (place.catalog % 97)}` : null,
    AllocationType: catalog.allocationType === 'Permanent' ? 'Static' : 'Random',
    MachineCatalog: { Id: catalog.id, Uid: place.catalog + 1, Name: catalog.name },
    // The catalog service creates one delivery group per catalog, named after it.
    DeliveryGroup: { Id: catalog.deliveryGroupId, Uid: place.catalog + 1, Name: catalog.name },
    DrainingUntilShutdown: false,
    FaultState: faultState(live),
    Hosting: {
      HostedMachineId: compactId(dataset.idSalts.machine ^ 0x55, uid),
      HostedMachineName: hostNameAt(dataset, place),
      HostingServerName: null,
      LastHostingUpdateTime: null,
      HypervisorConnection: {
        Id: compactId(0x0c0c, place.catalog % 4),
        Uid: (place.catalog % 4) + 1,
        Name: `Azure ${catalog.region}`,
      },
      ImageOutOfDate: live.imageOutOfDate,
    },
    InMaintenanceMode: live.inMaintenanceMode,
    IPAddress: `10.${100 + (place.catalog % 50)}.${(place.number >> 8) & 255}.${place.number & 255}`,
    ...(deregistration
      ? {
          LastDeregistrationReason: deregistration.reason,
          LastDeregistrationTime: toCitrixLocaleTime(deregistration.at),
          FormattedLastDeregistrationTime: toRfc3339(deregistration.at),
        }
      : {}),
    MachineType: 'Virtual',
    OSType: catalog.templateImageOs ?? 'Windows',
    PersistUserChanges: catalog.allocationType === 'Permanent' ? 'OnLocal' : 'Discard',
    PowerActionPending: live.powerActionPending,
    PowerState: live.powerState,
    ProvisioningType: 'MCS',
    RegistrationState: live.registrationState,
    ScheduledReboot: 'None',
    SessionCount: live.sessionCount,
    SessionSupport: catalog.sessionSupport,
    Sid: `${dataset.domainSid}-${50_000 + uid}`,
    SummaryState: summaryState(live, shared),
    Zone: { Id: customer.zone.id, Uid: null, Name: customer.zone.name },
  };
}

/** `MachineDetailResponseModel`: the machine plus the session counts the broker keeps. */
export function toMachineDetailModel(
  dataset: Dataset,
  place: MachinePlace,
  uid: number,
  live: MachineLive,
) {
  return {
    ...toMachineModel(dataset, place, uid, live),
    IsReserved: false,
    SessionsEstablished: live.sessionCount,
    SessionsPending: 0,
  };
}
