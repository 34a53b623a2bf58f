/**
 * Names for an audited write's targets, read from the cloud with the server's credentials before
 * the write is sent: the person reading the audit trail sees "Finance Desktops" or
 * `CONTOSO\FD-VD-0003`, not a GUID, and a rollout learns the catalog's current image (the one
 * "revert" goes back to), and a machine action names the people on the machine. Best effort: a
 * lookup that fails or is slow leaves the name empty and never holds the write back for long.
 */
import type { AuditTarget, RolloutDetails } from '../../contracts/identity-api.ts';
import type { MatchedOperation } from '../proxy/allowlist.ts';
import type { CloudReader } from '../proxy/cloud-reader.ts';

export interface WriteFacts {
  targets: AuditTarget[];
  /** For `$updateImage`: what is rolled out where, and the image it replaces. */
  rollout: RolloutDetails | null;
  /** For session actions: the session's user, e.g. `CONTOSO\jdoe`. */
  sessionUser: string | null;
  /** For machine actions: the machine's `DOMAIN\host`. */
  machineName: string | null;
}

/** All the time a lookup (and its one retry) may take: the write waits for it. */
const lookupTimeoutMs = 5_000;
/** A pause before asking again, so a cloud that is shedding load is not asked at once. */
const retryPauseMs = 200;

type Json = Record<string, unknown> | null;

/** A failure that may be gone when asked again: the cloud busy or briefly down, or the line cut. */
const passing = (status: number) => status === 429 || status >= 500;

/**
 * The answer's body, or null. A passing failure is asked once more while time is left: a name
 * missing from the trail (and, for a machine, the people a restart ended) is not read again later.
 */
async function readQuietly(read: CloudReader, path: string): Promise<Json> {
  const deadline = Date.now() + lookupTimeoutMs;
  for (let attempt = 1; ; attempt++) {
    let failedInPassing: boolean;
    try {
      const answer = await read(path, Math.max(1, deadline - Date.now()));
      if (answer.ok) return typeof answer.body === 'object' ? (answer.body as Json) : null;
      failedInPassing = passing(answer.status);
    } catch {
      failedInPassing = true;
    }
    if (attempt > 1 || !failedInPassing || deadline - Date.now() < retryPauseMs + 1_000) {
      return null;
    }
    await new Promise((resolve) => setTimeout(resolve, retryPauseMs));
  }
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

const objectOrNull = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : null;

/**
 * The account a session belongs to, as the audit trail and the person view name people:
 * `DOMAIN\name` (SamName or Name), else the UPN, else what the machine reported.
 */
function sessionAccount(session: Json): string | null {
  const user = objectOrNull(session?.User);
  return (
    text(user?.SamName) ??
    text(user?.Name) ??
    text(user?.PrincipalName) ??
    text(session?.UntrustedUserName)
  );
}

export async function lookUpWriteFacts(
  match: MatchedOperation,
  body: unknown,
  targets: AuditTarget[],
  read: CloudReader,
): Promise<WriteFacts> {
  const { params } = match;
  if (match.operation.follow === 'rollout') {
    const base = `/api/catalogservice/${encodeURIComponent(params.customerId!)}/${encodeURIComponent(params.siteId!)}`;
    const request = (body ?? {}) as Record<string, unknown>;
    const imageId = text(request.templateId) ?? '';
    const [catalog, image] = await Promise.all([
      readQuietly(read, `${base}/catalogs/${encodeURIComponent(params.catalogId!)}`),
      imageId ? readQuietly(read, `${base}/images/${encodeURIComponent(imageId)}`) : null,
    ]);
    const rollout: RolloutDetails = {
      customerId: params.customerId!,
      siteId: params.siteId!,
      catalogId: params.catalogId!,
      catalogName: text(catalog?.name),
      imageId,
      imageName: text(image?.name),
      previousImageId: text(catalog?.imageId),
      previousImageName: text(catalog?.templateImageName),
      vdaUpdateDelay: typeof request.vdaUpdateDelay === 'number' ? request.vdaUpdateDelay : null,
      warningTitle: text(request.warningTitle),
      warningMessage: text(request.warningMessage),
    };
    const names: Record<string, string | null> = {
      catalog: rollout.catalogName,
      image: rollout.imageName,
    };
    return {
      targets: targets.map((target) => ({ ...target, name: names[target.type] ?? target.name })),
      rollout,
      sessionUser: null,
      machineName: null,
    };
  }
  if (params.sessionId) {
    const session = await readQuietly(
      read,
      `/api/cvad/manage/Sessions/${encodeURIComponent(params.sessionId)}`,
    );
    const sessionUser = sessionAccount(session);
    const named = sessionUser ?? text(objectOrNull(session?.User)?.DisplayName);
    return {
      targets: targets.map((target) =>
        target.type === 'session' ? { ...target, name: named } : target,
      ),
      rollout: null,
      sessionUser,
      machineName: null,
    };
  }
  if (params.machineId) {
    // `DOMAIN\host`, the name help desks know a machine by; the path may hold its Id instead.
    const machinePath = `/api/cvad/manage/Machines/${encodeURIComponent(params.machineId)}`;
    const [machine, sessions] = await Promise.all([
      readQuietly(read, machinePath),
      readQuietly(read, `${machinePath}/Sessions`),
    ]);
    const machineName = text(machine?.Name) ?? text(machine?.DnsName);
    return {
      targets: [
        ...targets.map((target) =>
          target.type === 'machine' ? { ...target, name: machineName } : target,
        ),
        ...usersOn(sessions),
      ],
      rollout: null,
      sessionUser: null,
      machineName,
    };
  }
  return { targets, rollout: null, sessionUser: null, machineName: null };
}

/** A machine with more people on it than this names the first ones only. */
const maxUsersNamed = 100;

/**
 * The people with a session on the machine when it was acted on, as `user` targets by account
 * (`DOMAIN\name`): a restart ends their sessions and maintenance mode keeps them from coming
 * back, so each one's history, which reads the trail by their account, shows it. Recorded at
 * the time rather than worked out later from who is on the machine now: whoever is on it now
 * was not necessarily touched by last week's restart, and the person it ended may be on another
 * machine by the time anyone looks. One extra read per machine action, none per history view.
 */
function usersOn(sessions: Json): AuditTarget[] {
  const items = Array.isArray(sessions?.Items) ? (sessions.Items as unknown[]) : [];
  const users = new Map<string, AuditTarget>();
  for (const item of items) {
    const session = objectOrNull(item);
    const account = sessionAccount(session);
    if (!account || users.has(account.toLowerCase())) continue;
    users.set(account.toLowerCase(), {
      type: 'user',
      id: account,
      name: text(objectOrNull(session?.User)?.DisplayName),
    });
  }
  return [...users.values()].slice(0, maxUsersNamed);
}
