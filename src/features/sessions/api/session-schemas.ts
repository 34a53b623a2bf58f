import { z } from 'zod';

/** A `{Id, Uid, Name}` reference (RefResponseModel). */
const ref = z.object({ Id: z.string().nullish(), Name: z.string().nullish() });
const text = z.string().nullish();

/**
 * The parts of cvad/manage's `SessionResponseModel` the console shows. Everything is optional except
 * the Id: a `fields=` request returns only some properties, and the API omits unknown values.
 */
export const sessionSchema = z.object({
  Id: z.string(),
  State: text,
  SessionType: text,
  AppState: text,
  StartTime: text,
  FormattedStartTime: text,
  FormattedStateChangeTime: text,
  FormattedEstablishmentTime: text,
  EstablishmentDurationMilliseconds: z.number().nullish(),
  LogoffInProgress: z.boolean().nullish(),
  LogonInProgress: z.boolean().nullish(),
  IsHidden: z.boolean().nullish(),
  UntrustedUserName: text,
  ApplicationsInUse: z.array(ref).nullish(),
  User: z
    .object({ DisplayName: text, Name: text, SamName: text, PrincipalName: text, Sid: text })
    .nullish(),
  Client: z
    .object({ Name: text, IPAddress: text, Platform: text, Version: text, HardwareId: text })
    .nullish(),
  Connection: z
    .object({
      Protocol: text,
      ConnectionMode: text,
      ConnectedViaHostName: text,
      ConnectedViaIP: text,
      LaunchedViaHostName: text,
      LaunchedViaIP: text,
      SecureIcaActive: z.boolean().nullish(),
      SmartAccessTags: z.array(z.object({ Farm: text, Filter: text })).nullish(),
    })
    .nullish(),
  Brokering: z
    .object({ FormattedTime: text, DurationMilliseconds: z.number().nullish(), UserName: text })
    .nullish(),
  Machine: z
    .object({
      Id: text,
      Name: text,
      DnsName: text,
      MachineCatalog: ref.nullish(),
      DeliveryGroup: ref.nullish(),
      SessionSupport: text,
      OSType: text,
      AgentVersion: text,
      PowerState: text,
      RegistrationState: text,
      Zone: ref.nullish(),
    })
    .nullish(),
});

export type Session = z.infer<typeof sessionSchema>;

/** `SessionResponseModelCollection`; `TotalItems` comes with `$search`. */
export const sessionPageSchema = z.object({
  Items: z.array(sessionSchema),
  ContinuationToken: z.string().nullish(),
  TotalItems: z.number().int().nullish(),
});

export type SessionPage = z.infer<typeof sessionPageSchema>;

/** `JobResponseModel`, as far as following an action needs it. */
export const jobSchema = z.object({
  Id: z.string(),
  Status: z.string(),
  OverallProgressPercent: z.number().nullish(),
  ErrorString: z.string().nullish(),
});

export type Job = z.infer<typeof jobSchema>;
