import { compactId } from './compact-ids.ts';
import type { Dataset } from './dataset.ts';
import { machineDnsName, machineHostName, machineName } from './session-names.ts';

const allScope = {
  Id: '00000000-0000-0000-0000-000000000000',
  Uid: null,
  Name: 'All',
  Description: null,
  IsBuiltIn: true,
  IsAllScope: true,
  IsTenantScope: false,
  TenantId: null,
  TenantName: null,
};

/** Delegated-admin scopes exactly as seed 003 shows them: the built-in "All" scope on catalog and group. */
export const allContainerScopes = [
  { Scopes: [allScope], ScopeType: 'MachineCatalog' },
  { Scopes: [allScope], ScopeType: 'DeliveryGroup' },
];

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

/** The `Machine` of a SessionResponseModel: the VDA the session runs on. */
export function toSessionMachine(dataset: Dataset, index: number, disconnected: boolean) {
  const { sessions, customer } = dataset;
  const catalogIndex = sessions.catalog[index] ?? 0;
  const catalog = dataset.catalogs[catalogIndex];
  if (!catalog) throw new RangeError(`No catalog for session ${index}`);
  const shared = catalog.sessionSupport === 'MultiSession';
  const machineNumber = sessions.machine[index] ?? 0;
  const machineUid = (sessions.machineOffsets[catalogIndex] ?? 0) + machineNumber;
  const vdaVersion = dataset.citrixImages.find((image) => image.id === catalog.imageId)?.vdaVersion;
  return {
    ...unknownMachineFields,
    Id: compactId(dataset.idSalts.machine, machineUid),
    Uid: machineUid + 1,
    Name: machineName(dataset, index),
    DnsName: machineDnsName(dataset, index),
    AgentVersion: vdaVersion ? `${vdaVersion}.${1000 + (catalogIndex % 97)}` : null,
    AllocationType: catalog.allocationType === 'Permanent' ? 'Static' : 'Random',
    MachineCatalog: { Id: catalog.id, Uid: catalogIndex + 1, Name: catalog.name },
    // The catalog service creates one delivery group per catalog, named after it.
    DeliveryGroup: { Id: catalog.deliveryGroupId, Uid: catalogIndex + 1, Name: catalog.name },
    DrainingUntilShutdown: false,
    FaultState: 'None',
    Hosting: {
      HostedMachineId: compactId(dataset.idSalts.machine ^ 0x55, machineUid),
      HostedMachineName: machineHostName(dataset, index),
      HostingServerName: null,
      LastHostingUpdateTime: null,
      HypervisorConnection: {
        Id: compactId(0x0c0c, catalogIndex % 4),
        Uid: (catalogIndex % 4) + 1,
        Name: `Azure ${catalog.region}`,
      },
      ImageOutOfDate: false,
    },
    InMaintenanceMode: false,
    IPAddress: `10.${100 + (catalogIndex % 50)}.${(machineNumber >> 8) & 255}.${machineNumber & 255}`,
    MachineType: 'Virtual',
    OSType: catalog.templateImageOs ?? 'Windows',
    PersistUserChanges: catalog.allocationType === 'Permanent' ? 'OnLocal' : 'Discard',
    PowerState: 'On',
    ProvisioningType: 'MCS',
    RegistrationState: 'Registered',
    ScheduledReboot: 'None',
    SessionCount: sessions.machineSessionCounts[catalogIndex]?.[machineNumber] ?? 1,
    SessionSupport: catalog.sessionSupport,
    Sid: `${dataset.domainSid}-${50_000 + machineUid}`,
    SummaryState: disconnected && !shared ? 'Disconnected' : 'InUse',
    Zone: { Id: customer.zone.id, Uid: null, Name: customer.zone.name },
  };
}
