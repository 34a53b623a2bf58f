import { compactId } from './compact-ids.ts';
import type { Dataset } from './dataset.ts';
import { hostileSessionNames } from './hostile-strings.ts';
import type { MachineLive } from './machine-model.ts';
import { allContainerScopes, toSessionMachine } from './session-machine.ts';
import { clientAddress, clientName, clientPlatform, sessionUser } from './session-names.ts';
import { appStates, protocols, sessionStates, sessionTypes } from './sessions.ts';
import { toCitrixLocaleTime, toRfc3339 } from './time.ts';
import { publishedApps } from './vocabulary.ts';

export function sessionId(dataset: Dataset, index: number): string {
  return compactId(dataset.idSalts.session, index);
}

/** What help-desk actions have changed about a session since the dataset was generated. */
export interface SessionOverrides {
  /** Index into `sessionStates`. */
  state?: number;
  stateChangedAt?: number;
  logoffInProgress?: boolean;
  /** `$hide`: hidden from the user, who can no longer reconnect to it. */
  hidden?: boolean;
  /** The machine's live state, when the machine store has one. */
  machine?: MachineLive;
}

/**
 * The directory fields seed 003 writes out as null for a session's user: the broker does not
 * fetch them (`PropertiesFetched: 0`), so they are present, with null, rather than left out.
 */
const unfetchedUserFields = {
  SamAccountName: null,
  CommonName: null,
  GroupSids: null,
  DenyOnlySids: null,
  PasswordCanExpire: null,
  DaysUntilPasswordExpiry: null,
  IsBuiltIn: null,
  IsGroup: null,
  StreetAddress: null,
  City: null,
  State: null,
  Country: null,
  Mail: null,
  TelephoneNumber: null,
  HomePhone: null,
  Mobile: null,
  Enabled: null,
  Locked: null,
  Forest: null,
  Guid: null,
  DistinguishedName: null,
  CanonicalName: null,
  PossibleLookupFailure: false,
  DirectoryServer: null,
} as const;

/** Sessions from outside the corporate network come through the gateway and carry its tags. */
function isExternal(dataset: Dataset, index: number): boolean {
  const platform = clientPlatform(dataset, index).platform;
  return platform === 'HTML5' || (dataset.sessions.clientIp[index] ?? 0) % 5 === 0;
}

/** Expands one row of the session table to the PascalCase `SessionResponseModel` of cvad/manage. */
export function toSessionResponseModel(
  dataset: Dataset,
  index: number,
  overrides: SessionOverrides = {},
) {
  const session = sessionResponseModel(dataset, index, overrides);
  return dataset.hostile ? hostileSessionNames(session, index) : session;
}

function sessionResponseModel(dataset: Dataset, index: number, overrides: SessionOverrides) {
  const { sessions, customer } = dataset;
  if (index < 0 || index >= sessions.count) throw new RangeError(`No session ${index}`);
  const user = sessionUser(dataset, index);
  const platform = clientPlatform(dataset, index);
  const started = dataset.referenceTime - (sessions.startedSecondsAgo[index] ?? 0) * 1000;
  const stateChanged =
    overrides.stateChangedAt ??
    dataset.referenceTime - (sessions.stateChangedSecondsAgo[index] ?? 0) * 1000;
  const establishmentMs = sessions.establishmentMs[index] ?? 0;
  const stateIndex = overrides.state ?? sessions.state[index] ?? 0;
  const state = sessionStates[stateIndex];
  const appsMask = sessions.apps[index] ?? 0;
  const clientIp = clientAddress(dataset, index);
  const external = isExternal(dataset, index);
  const appState =
    overrides.state === 3 && sessions.sessionType[index] === 2
      ? 'Lingering'
      : appStates[sessions.appState[index] ?? 0];
  return {
    Id: sessionId(dataset, index),
    Uid: index + 1,
    ApplicationsInUse: publishedApps
      .map((name, bit) => ({ Id: compactId(0x0a99, bit), Uid: bit + 1, Name: name }))
      .filter((_, bit) => (appsMask & (1 << bit)) !== 0),
    AppState: appState,
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
    // Unknown values are written out as null, as seed 003 does (and the 2026 models type them
    // Nullable*), not left out: behind the gateway the VDA never learns what Receiver reported.
    Client: {
      DeviceId: null,
      HardwareId: (sessions.user[index] ?? 0).toString(16).padStart(8, '0'),
      IPAddress: clientIp,
      Name: clientName(dataset, index),
      Platform: platform.platform,
      ProductId: platform.productId,
      ReceiverIPAddress: external ? null : clientIp,
      ReceiverName: external ? null : clientName(dataset, index),
      Version: platform.version,
    },
    Connection: {
      // A direct connection comes from no named host.
      ConnectedViaHostName: external ? `gateway.${customer.dnsDomain}` : null,
      ConnectedViaIP: external ? '10.0.0.20' : clientIp,
      ConnectionMode: 'Brokered',
      LaunchedViaHostName: `storefront.${customer.dnsDomain}`,
      LaunchedViaIP: '10.0.0.10',
      Protocol: protocols[sessions.protocol[index] ?? 0],
      SecureIcaActive: external,
      SmartAccessTags: external
        ? [
            { Farm: 'Workspace', Filter: 'ExternalAccess' },
            { Farm: 'Gateway', Filter: platform.platform === 'HTML5' ? 'Browser' : 'Managed' },
          ]
        : [],
    },
    ContainerScopes: allContainerScopes,
    EstablishmentDurationMilliseconds: establishmentMs,
    EstablishmentTime: toCitrixLocaleTime(started + establishmentMs),
    FormattedEstablishmentTime: toRfc3339(started + establishmentMs),
    IsAnonymousUser: false,
    IsHidden: overrides.hidden ?? false,
    LogoffInProgress: overrides.logoffInProgress ?? false,
    LogonInProgress: state === 'Connected',
    Machine: toSessionMachine(dataset, index, state === 'Disconnected', overrides.machine),
    SessionType: sessionTypes[sessions.sessionType[index] ?? 0],
    StartTime: toCitrixLocaleTime(started),
    FormattedStartTime: toRfc3339(started),
    State: state,
    StateChangeTime: toCitrixLocaleTime(stateChanged),
    FormattedStateChangeTime: toRfc3339(stateChanged),
    UntrustedUserName: user.samName,
    User: {
      ...unfetchedUserFields,
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
