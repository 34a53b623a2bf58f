import { z } from 'zod';
import { notReported, optionalText } from '../../../../contracts/not-reported.ts';

// Seed 003 writes every unknown field out as null, and some as "" (`Client.Name`); a `fields=`
// request leaves the rest out. All three read as undefined.
const text = optionalText;
const flag = notReported(z.boolean());
const milliseconds = notReported(z.number());
/** A `{Id, Uid, Name}` reference (RefResponseModel). */
const ref = z.object({ Id: text, Name: text });

/**
 * The parts of cvad/manage's `SessionResponseModel` the console shows. Everything is optional except
 * the Id: a `fields=` request returns only some properties, and the API sends unknown values as null.
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
  EstablishmentDurationMilliseconds: milliseconds,
  LogoffInProgress: flag,
  LogonInProgress: flag,
  IsHidden: flag,
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
      SecureIcaActive: flag,
      SmartAccessTags: z.array(z.object({ Farm: text, Filter: text })).nullish(),
    })
    .nullish(),
  Brokering: z
    .object({ FormattedTime: text, DurationMilliseconds: milliseconds, UserName: text })
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
  ContinuationToken: text,
  TotalItems: notReported(z.number().int()),
});

export type SessionPage = z.infer<typeof sessionPageSchema>;

/** `JobResponseModel`, as far as following an action needs it. */
export const jobSchema = z.object({
  Id: z.string(),
  Status: z.string(),
  OverallProgressPercent: notReported(z.number()),
  ErrorString: text,
});

export type Job = z.infer<typeof jobSchema>;
