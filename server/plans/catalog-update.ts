/**
 * One catalog's `$updateImage`, sent by the server for a plan: the same request the rollout
 * wizard sends, audited the same way (before it is sent, then completed with the outcome) in the
 * name of the person the plan acts for, and turned into the same shared operation record on a
 * 202, so the follower takes it to its end and the Operations page shows it.
 */
import type { Actor, RolloutDetails } from '../../contracts/identity-api.ts';
import { targetsOf } from '../audit/request-record.ts';
import {
  beginWriteRecord,
  completeWriteRecord,
  type WriteCompletion,
} from '../audit/write-record.ts';
import { lookUpWriteFacts } from '../audit/target-lookup.ts';
import { matchOperation } from '../proxy/allowlist.ts';
import type { CloudReader } from '../proxy/cloud-reader.ts';
import type { CloudWriter } from '../proxy/cloud-writer.ts';
import { resolveRoute } from '../proxy/routes.ts';
import { upstreamReason } from '../proxy/upstream-reason.ts';
import type { ConsoleStore, StoredPlan } from '../store/types.ts';
import { planTargets } from './plan-audit.ts';

export interface CatalogUpdate {
  store: ConsoleStore;
  readCloud: CloudReader;
  writeCloud: CloudWriter;
  /** Who the write is made for: the plan's scheduler, or whoever asked for the revert. */
  actor: Actor;
  plan: StoredPlan;
  catalogId: string;
  /** The plan's image, or the catalog's previous one for a revert. */
  templateId: string;
  log: (line: string) => void;
}

export type CatalogUpdateResult =
  { operationId: string; rollout: RolloutDetails | null } | { problem: string };

const writeTimeoutMs = 30_000;

export async function sendCatalogUpdate(update: CatalogUpdate): Promise<CatalogUpdateResult> {
  const { plan, store } = update;
  const site = `${encodeURIComponent(plan.customerId)}/${encodeURIComponent(plan.siteId)}`;
  const path = `/api/catalogservice/${site}/catalogs/${encodeURIComponent(update.catalogId)}/$updateImage`;
  const route = resolveRoute(path);
  const match = route?.kind === 'citrix' ? matchOperation('POST', route) : null;
  if (!match) return { problem: `The console does not send ${path}.` };
  const body = {
    templateId: update.templateId,
    citrixPrepared: plan.citrixPrepared,
    vdaUpdateDelay: plan.restart.vdaUpdateDelay,
    ...(plan.restart.warningTitle !== null && { warningTitle: plan.restart.warningTitle }),
    ...(plan.restart.warningMessage !== null && { warningMessage: plan.restart.warningMessage }),
  };
  const facts = await lookUpWriteFacts(match, body, targetsOf(match, body), update.readCloud);
  let auditId: string;
  try {
    auditId = await beginWriteRecord(
      store,
      {
        actor: update.actor,
        operation: match.operation.id,
        operationLabel: match.operation.label,
        method: 'POST',
        path,
        targets: [...facts.targets, ...planTargets(plan).slice(0, 1)],
        request: body,
      },
      update.log,
    );
  } catch {
    return { problem: 'Not sent: the console could not record the update in its audit trail.' };
  }
  const complete = (completion: WriteCompletion) =>
    completeWriteRecord(store, auditId, completion, update.log);

  let answer: Awaited<ReturnType<CloudWriter>>;
  try {
    answer = await update.writeCloud(`${path}?async=true`, body, writeTimeoutMs);
  } catch (error) {
    // Never sent again on its own: the cloud may have acted before the answer was lost.
    const problem = `No answer from Citrix (${describe(error)}); the update may have reached Citrix; check the catalog before trying again.`;
    await complete(failure(problem, null, null));
    return { problem };
  }
  if (answer.status >= 400 || answer.status < 200) {
    const reason = upstreamReason(answer.body);
    const problem = reason
      ? `Citrix refused the update (${answer.status}): ${reason.slice(0, 300)}`
      : `Citrix refused the update (${answer.status}).`;
    await complete(failure(problem, answer.status, answer.transactionId));
    return { problem };
  }
  if (answer.status !== 202 || !answer.location) {
    const problem = `Citrix answered ${answer.status} without a status address to follow; check the catalog.`;
    await complete({
      ...failure(problem, answer.status, answer.transactionId),
      outcome: 'succeeded',
    });
    return { problem };
  }
  const operation = await store.operations.create({
    kind: 'rollout',
    startedAt: new Date(),
    startedBy: update.actor,
    location: answer.location,
    transactionId: answer.transactionId,
    auditId,
    rollout: facts.rollout,
    sessionAction: null,
    machineAction: null,
    planId: plan.id,
  });
  await complete({
    outcome: 'succeeded',
    reason: null,
    httpStatus: answer.status,
    transactionId: answer.transactionId,
    location: answer.location,
    operationId: operation.id,
  });
  return { operationId: operation.id, rollout: facts.rollout };
}

function failure(reason: string, httpStatus: number | null, transactionId: string | null) {
  return {
    outcome: 'failed' as const,
    reason,
    httpStatus,
    transactionId,
    location: null,
    operationId: null,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
