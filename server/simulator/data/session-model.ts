import { compactId } from './compact-ids.ts';
import type { Dataset } from './dataset.ts';
import { appStates, protocols, sessionStates, sessionTypes } from './sessions.ts';
import { toCitrixLocaleTime, toRfc3339 } from './time.ts';
import { directoryUser } from './users.ts';
import { clientPlatforms, publishedApps } from './vocabulary.ts';

const ipv4 = (value: number) =>
  [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');

/** Machine names like `CONTOSO\FIN-SH-0012`: catalog initials, shared/dedicated, machine number. */
function machineName(catalogName: string, shared: boolean, number: number): string {
  const initials = catalogName
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
  return `${initials}-${shared ? 'SH' : 'VD'}-${String(number + 1).padStart(4, '0')}`;
}

export function sessionId(dataset: Dataset, index: number): string {
  return compactId(dataset.idSalts.session, index);
}

/** Expands one row of the session table to the PascalCase `SessionResponseModel` of cvad/manage. */
export function toSessionResponseModel(dataset: Dataset, index: number) {
  const { sessions, customer } = dataset;
  const catalogIndex = sessions.catalog[index] ?? 0;
  const catalog = dataset.catalogs[catalogIndex];
  if (!catalog || index < 0 || index >= sessions.count) throw new RangeError(`No session ${index}`);
  const shared = catalog.sessionSupport === 'MultiSession';
  const machineNumber = sessions.machine[index] ?? 0;
  const hostName = machineName(catalog.name, shared, machineNumber);
  const user = directoryUser(customer, dataset.domainSid, sessions.user[index] ?? 0);
  const platform = clientPlatforms[sessions.clientPlatform[index] ?? 0] ?? clientPlatforms[0];
  const started = dataset.referenceTime - (sessions.startedSecondsAgo[index] ?? 0) * 1000;
  const stateChanged = dataset.referenceTime - (sessions.stateChangedSecondsAgo[index] ?? 0) * 1000;
  const establishmentMs = sessions.establishmentMs[index] ?? 0;
  const state = sessionStates[sessions.state[index] ?? 0];
  const appsMask = sessions.apps[index] ?? 0;
  const clientIp = ipv4(sessions.clientIp[index] ?? 0);
  const machineUid = (sessions.machineOffsets[catalogIndex] ?? 0) + machineNumber;
  const vdaVersion = dataset.citrixImages.find((image) => image.id === catalog.imageId)?.vdaVersion;
  return {
    Id: sessionId(dataset, index),
    Uid: index + 1,
    ApplicationsInUse: publishedApps
      .filter((_, bit) => (appsMask & (1 << bit)) !== 0)
      .map((name, bit) => ({ Id: compactId(0x0a99, bit), Uid: bit + 1, Name: name })),
    AppState: appStates[sessions.appState[index] ?? 0],
    AppStateLastChangeTime: toCitrixLocaleTime(stateChanged),
    FormattedAppStateLastChangeTime: toRfc3339(stateChanged),
    Brokering: {
      AutonomouslyBrokered: false,
      DurationMilliseconds: Math.round(establishmentMs / 4),
      Time: toCitrixLocaleTime(started),
      FormattedTime: toRfc3339(started),
      UserName: user.samName,
      UserSid: user.sid,
    },
    Client: {
      HardwareId: (sessions.user[index] ?? 0).toString(16).padStart(8, '0'),
      IPAddress: clientIp,
      Name: `${platform.platform.slice(0, 3).toUpperCase()}-${(sessions.clientIp[index] ?? 0).toString(36).toUpperCase()}`,
      Platform: platform.platform,
      ProductId: platform.productId,
      Version: platform.version,
    },
    Connection: {
      ConnectedViaIP: clientIp,
      ConnectionMode: 'Brokered',
      LaunchedViaHostName: `storefront.${customer.dnsDomain}`,
      LaunchedViaIP: '10.0.0.10',
      Protocol: protocols[sessions.protocol[index] ?? 0],
      SecureIcaActive: false,
      SmartAccessTags: [],
    },
    EstablishmentDurationMilliseconds: establishmentMs,
    EstablishmentTime: toCitrixLocaleTime(started + establishmentMs),
    FormattedEstablishmentTime: toRfc3339(started + establishmentMs),
    IsAnonymousUser: false,
    IsHidden: false,
    LogoffInProgress: false,
    LogonInProgress: state === 'Connected',
    Machine: {
      Id: compactId(dataset.idSalts.machine, machineUid),
      Uid: machineUid + 1,
      Name: `${customer.netbiosDomain}\\${hostName}`,
      DnsName: `${hostName}.${customer.dnsDomain}`.toLowerCase(),
      AgentVersion: vdaVersion ? `${vdaVersion}.${1000 + (catalogIndex % 97)}` : undefined,
      AllocationType: catalog.allocationType === 'Permanent' ? 'Static' : 'Random',
      MachineCatalog: { Id: catalog.id, Uid: catalogIndex + 1, Name: catalog.name },
      DeliveryGroup: { Id: catalog.deliveryGroupId, Uid: catalogIndex + 1, Name: catalog.name },
      DrainingUntilShutdown: false,
      FaultState: 'None',
      InMaintenanceMode: false,
      MachineType: 'Virtual',
      OSType: catalog.templateImageOs ?? 'Windows',
      PowerState: 'On',
      ProvisioningType: 'MCS',
      RegistrationState: 'Registered',
      SessionCount: dataset.sessions.machineSessionCounts[catalogIndex]?.[machineNumber] ?? 1,
      SessionSupport: catalog.sessionSupport,
      Sid: `${dataset.domainSid}-${50_000 + machineUid}`,
      SummaryState: state === 'Disconnected' && !shared ? 'Disconnected' : 'InUse',
      Zone: { Id: customer.zone.id, Name: customer.zone.name },
    },
    SessionType: sessionTypes[sessions.sessionType[index] ?? 0],
    StartTime: toCitrixLocaleTime(started),
    FormattedStartTime: toRfc3339(started),
    State: state,
    StateChangeTime: toCitrixLocaleTime(stateChanged),
    FormattedStateChangeTime: toRfc3339(stateChanged),
    UntrustedUserName: user.samName,
    User: {
      DisplayName: user.displayName,
      PropertiesFetched: 0,
      SamName: user.samName,
      PrincipalName: user.principalName,
      Sid: user.sid,
      Name: user.samName,
      Domain: customer.netbiosDomain,
    },
  };
}

export type SessionResponseModel = ReturnType<typeof toSessionResponseModel>;
