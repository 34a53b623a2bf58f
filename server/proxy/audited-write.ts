/**
 * A write through the console: refused when it carries text users must not see, recorded in the
 * audit trail before it is forwarded (and not forwarded when the record cannot be stored),
 * completed with its outcome, and, when the cloud accepts an async operation (202 + Location),
 * turned into a shared operation record at once, so a reload or a closed laptop during the
 * submit cannot lose it.
 */
import { operationIdHeader, type Actor } from '../../contracts/identity-api.ts';
import { recordedBody, targetsOf } from '../audit/request-record.ts';
import { beginWriteRecord, completeWriteRecord } from '../audit/write-record.ts';
import { lookUpWriteFacts, type WriteFacts } from '../audit/target-lookup.ts';
import type { ConsoleStore } from '../store/types.ts';
import { bodyPropertiesProblem, type MatchedOperation } from './allowlist.ts';
import type { CloudReader } from './cloud-reader.ts';
import { ProxyProblem } from './errors.ts';
import { messageBodyProblem } from './message-body.ts';
import { refuse } from './refusal.ts';
import type { ForwardOptions, ForwardResult, UpstreamHead } from './forward.ts';
import { upstreamReason } from './upstream-reason.ts';

export interface AuditedWrite {
  actor: Actor;
  match: MatchedOperation;
  method: string;
  path: string;
  body: Buffer | null;
  store: ConsoleStore;
  readCloud: CloudReader;
  /** Plans and sends the request upstream (the proxy's own forwarding). */
  send(options: ForwardOptions): Promise<ForwardResult>;
  log(line: string): void;
}

export async function performAuditedWrite(write: AuditedWrite): Promise<void> {
  const { store, match, actor } = write;
  const bodyProblem =
    messageBodyProblem(match.operation.id, write.body) ??
    bodyPropertiesProblem(match.operation, write.body);
  if (bodyProblem) {
    // Text users would see that breaks the forms' rules: a 400 and a refusal in the trail.
    return refuse(
      store,
      {
        actor,
        operation: match.operation.id,
        operationLabel: match.operation.label,
        method: write.method,
        path: write.path,
        reason: bodyProblem,
        code: 'bad_request',
      },
      write.log,
    );
  }
  const request = recordedBody(write.body);
  const facts = await lookUpWriteFacts(match, request, targetsOf(match, request), write.readCloud);
  const auditId = await beginWriteRecord(
    store,
    {
      actor,
      operation: match.operation.id,
      operationLabel: match.operation.label,
      method: write.method,
      path: write.path,
      targets: facts.targets,
      request,
    },
    write.log,
  );

  let operationId: string | null = null;
  const onHead = async (head: UpstreamHead): Promise<Record<string, string>> => {
    operationId = await createOperation(write, facts, auditId, head);
    return operationId ? { [operationIdHeader]: operationId } : {};
  };
  let result: ForwardResult;
  try {
    result = await write.send({ outliveBrowser: true, onHead });
  } catch (error) {
    await completeWriteRecord(
      write.store,
      auditId,
      {
        outcome: 'failed',
        reason: deliveryFailure(error),
        httpStatus: null,
        transactionId: null,
        location: null,
        operationId: null,
      },
      write.log,
    );
    throw error;
  }
  const failed = result.status >= 400;
  await completeWriteRecord(
    write.store,
    auditId,
    {
      outcome: failed ? 'failed' : 'succeeded',
      reason: failed ? failureReason(result) : null,
      httpStatus: result.status,
      transactionId: result.transactionId,
      location: result.location,
      operationId,
    },
    write.log,
  );
}

/** The shared record of an accepted async operation; retried, since losing it loses the rollout. */
async function createOperation(
  write: AuditedWrite,
  facts: WriteFacts,
  auditId: string,
  head: UpstreamHead,
): Promise<string | null> {
  const follow = write.match.operation.follow;
  if (!follow || head.status !== 202 || !head.location) return null;
  const { sessionId, machineId } = write.match.params;
  const action = write.match.operation.id.split('.').pop() ?? 'action';
  for (let attempt = 1; ; attempt += 1) {
    try {
      const operation = await write.store.operations.create({
        kind: follow,
        startedAt: new Date(),
        startedBy: write.actor,
        location: head.location,
        transactionId: head.transactionId,
        auditId,
        rollout: follow === 'rollout' ? facts.rollout : null,
        sessionAction:
          follow === 'session-action' && sessionId
            ? { action, sessionId, userName: facts.sessionUser }
            : null,
        machineAction:
          follow === 'machine-action' && machineId
            ? {
                action,
                machineId,
                machineName: facts.machineName,
                maintenanceMode: maintenanceModeOf(write.body),
              }
            : null,
      });
      return operation.id;
    } catch (error) {
      write.log(
        `[console-audit] could not store the operation (try ${attempt}): ${describe(error)}`,
      );
      if (attempt >= 3) return null; // the audit record still holds its Location
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** What a maintenance-mode PATCH asks for (the allowlist lets it carry nothing else); else null. */
function maintenanceModeOf(body: Buffer | null): boolean | null {
  try {
    const parsed = JSON.parse(body?.toString('utf8') ?? '') as Record<string, unknown>;
    const key = Object.keys(parsed).find((name) => name.toLowerCase() === 'inmaintenancemode');
    const value = key ? parsed[key] : null;
    return typeof value === 'boolean' ? value : null;
  } catch {
    return null;
  }
}

function failureReason(result: ForwardResult): string {
  let reason: string | null;
  try {
    reason = result.failureBody ? upstreamReason(JSON.parse(result.failureBody)) : null;
  } catch {
    reason = null; // not JSON (or cut short at 1 KiB): the status alone says it
  }
  return reason
    ? `The cloud refused it (${result.status}): ${reason.slice(0, 300)}`
    : `The cloud refused it (${result.status}).`;
}

function deliveryFailure(error: unknown): string {
  const message = describe(error);
  // A timeout leaves the cloud's side unknown: it may have acted before the answer was lost.
  return error instanceof ProxyProblem && error.code === 'upstream_timeout'
    ? `No answer from the cloud; it may or may not have acted. ${message}`
    : `Not delivered: ${message}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
