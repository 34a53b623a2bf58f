/** Stored records in the shape of the browser contract (`contracts/identity-api.ts`). */
import type { AuditRecord, Operation } from '../../contracts/identity-api.ts';
import type { StoredAuditRecord, StoredOperation } from '../store/types.ts';

export function toAuditRecord(record: StoredAuditRecord): AuditRecord {
  return {
    id: record.id,
    at: record.at.toISOString(),
    actor: record.actor,
    operation: record.operation,
    operationLabel: record.operationLabel,
    method: record.method,
    path: record.path,
    targets: record.targets,
    request: record.request ?? null,
    outcome: record.outcome,
    reason: record.reason,
    httpStatus: record.httpStatus,
    transactionId: record.transactionId,
    location: record.location,
    operationId: record.operationId,
    finalResult: record.finalResult,
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
}

export function toOperation(operation: StoredOperation): Operation {
  return {
    id: operation.id,
    kind: operation.kind,
    state: operation.state,
    startedAt: operation.startedAt.toISOString(),
    startedBy: operation.startedBy,
    finishedAt: operation.finishedAt?.toISOString() ?? null,
    location: operation.location,
    transactionId: operation.transactionId,
    auditId: operation.auditId,
    rollout: operation.rollout,
    sessionAction: operation.sessionAction,
    machineAction: operation.machineAction,
    progress: operation.progress,
    followProblem: operation.followProblem,
  };
}
