/**
 * A plan draft (`POST /api/plans`, `PUT /api/plans/{id}`) checked before anything is stored: its
 * shape by the contract's schema, its bounds by `planLimits`, its texts by the message rules the
 * wizard uses, and its image and catalogs by asking the cloud, so a plan never waits weeks to
 * fail on a typo. Every problem is said in words, one per field.
 */
import { z } from 'zod/mini';
import { messageFields, messageTextProblem } from '../../contracts/message-text.ts';
import { maxSpreadMinutes } from '../../contracts/rollout-limits.ts';
import {
  planDraftSchema,
  planLimits,
  waitingPlanCatalog,
  type PlanDraft,
} from '../../contracts/rollout-plans.ts';
import type { CloudReader } from '../proxy/cloud-reader.ts';
import type { PlanSchedule } from '../store/types.ts';

export type DraftCheck = { schedule: PlanSchedule } | { problems: string[] };

const minute = 60_000;
const lookupTimeoutMs = 10_000;
// A start "now" typed a moment ago is not in the past: the form and the server's clocks differ.
const pastGraceMs = 5 * minute;

export async function checkDraft(
  raw: unknown,
  readCloud: CloudReader,
  now: Date,
): Promise<DraftCheck> {
  const parsed = planDraftSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'The body'}: ${issue.message}.`,
      ),
    };
  }
  const draft = parsed.data;
  const problems = [...restartProblems(draft), ...waveProblems(draft)];
  const startAt = draft.startAt === null ? now : new Date(draft.startAt);
  if (Number.isNaN(startAt.getTime())) {
    problems.push('startAt must be an ISO instant such as 2030-01-31T22:00:00Z, or null for now.');
  } else if (startAt.getTime() < now.getTime() - pastGraceMs) {
    problems.push(`startAt ${draft.startAt} is in the past; choose a later time, or null for now.`);
  } else if (startAt.getTime() > now.getTime() + planLimits.maxDaysAhead * 24 * 60 * minute) {
    problems.push(`startAt may be at most ${planLimits.maxDaysAhead} days ahead.`);
  }
  const { minWindowMinutes, maxWindowMinutes } = planLimits;
  if (
    !Number.isInteger(draft.windowMinutes) ||
    draft.windowMinutes < minWindowMinutes ||
    draft.windowMinutes > maxWindowMinutes
  ) {
    problems.push(
      `windowMinutes must be a whole number from ${minWindowMinutes} to ${maxWindowMinutes} (24 hours).`,
    );
  }
  if (!isTimeZone(draft.timeZone)) {
    problems.push(
      `timeZone ${JSON.stringify(draft.timeZone.slice(0, 60))} is not an IANA time zone such as Europe/Berlin.`,
    );
  }
  if (problems.length > 0) return { problems };

  const named = await lookUpNames(draft, readCloud);
  if ('problems' in named) return named;
  return {
    schedule: {
      customerId: draft.customerId,
      siteId: draft.siteId,
      imageId: draft.imageId,
      imageName: named.imageName,
      citrixPrepared: draft.citrixPrepared,
      restart: draft.restart,
      startAt,
      windowEndsAt: new Date(startAt.getTime() + draft.windowMinutes * minute),
      timeZone: draft.timeZone,
      waves: draft.waves.map((ids) => ({
        state: 'waiting',
        startedAt: null,
        finishedAt: null,
        catalogs: ids.map((catalogId) =>
          waitingPlanCatalog(catalogId, named.catalogNames.get(catalogId) ?? null),
        ),
      })),
    },
  };
}

function restartProblems(draft: PlanDraft): string[] {
  const { vdaUpdateDelay, warningTitle, warningMessage } = draft.restart;
  const problems: string[] = [];
  if (
    !Number.isInteger(vdaUpdateDelay) ||
    vdaUpdateDelay < -1 ||
    vdaUpdateDelay > maxSpreadMinutes
  ) {
    problems.push(
      `restart.vdaUpdateDelay must be -1 (at next shutdown), 0 (now) or 1 to ${maxSpreadMinutes} minutes (7 days) to spread the restarts over.`,
    );
  }
  const title = warningTitle && messageTextProblem(warningTitle, messageFields.rolloutWarningTitle);
  if (title) problems.push(`restart.warningTitle: ${title}`);
  const message =
    warningMessage && messageTextProblem(warningMessage, messageFields.rolloutWarningMessage);
  if (message) problems.push(`restart.warningMessage: ${message}`);
  return problems;
}

function waveProblems(draft: PlanDraft): string[] {
  const problems: string[] = [];
  const all = draft.waves.flat();
  if (draft.waves.length === 0) problems.push('waves: a plan needs at least one wave.');
  if (draft.waves.length > planLimits.maxWaves) {
    problems.push(
      `waves: at most ${planLimits.maxWaves} waves; this plan has ${draft.waves.length}.`,
    );
  }
  draft.waves.forEach((wave, index) => {
    if (wave.length === 0) problems.push(`waves: wave ${index + 1} has no catalogs.`);
  });
  if (all.length > planLimits.maxCatalogs) {
    problems.push(
      `waves: at most ${planLimits.maxCatalogs} catalogs in a plan; this one has ${all.length}.`,
    );
  }
  const twice = [...new Set(all.filter((id, index) => all.indexOf(id) !== index))];
  if (twice.length > 0) {
    problems.push(
      `waves: each catalog may be in one wave only; ${twice.slice(0, 5).join(', ')} appear more than once.`,
    );
  }
  return problems;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}

const nameSchema = z.object({ name: z.optional(z.string()) });

/** The image's and catalogs' names, asked of the cloud; a problem for each that does not exist. */
async function lookUpNames(
  draft: PlanDraft,
  readCloud: CloudReader,
): Promise<
  { imageName: string | null; catalogNames: Map<string, string> } | { problems: string[] }
> {
  const base = `/api/catalogservice/${encodeURIComponent(draft.customerId)}/${encodeURIComponent(draft.siteId)}`;
  const read = async (what: string, path: string): Promise<string | null | Error> => {
    try {
      const answer = await readCloud(path, lookupTimeoutMs);
      if (answer.status === 404)
        return new Error(`${what} does not exist in site ${draft.siteId}.`);
      if (!answer.ok)
        return new Error(`${what} could not be checked: the cloud answered ${answer.status}.`);
      const parsed = nameSchema.safeParse(answer.body);
      return parsed.success ? (parsed.data.name ?? null) : null;
    } catch (error) {
      return new Error(
        `${what} could not be checked: ${error instanceof Error ? error.message : error}`,
      );
    }
  };
  const ids = draft.waves.flat();
  const [image, ...catalogs] = await Promise.all([
    read(`The image ${draft.imageId}`, `${base}/images/${encodeURIComponent(draft.imageId)}`),
    ...ids.map((id) => read(`The catalog ${id}`, `${base}/catalogs/${encodeURIComponent(id)}`)),
  ]);
  const problems = [image, ...catalogs]
    .filter((found): found is Error => found instanceof Error)
    .map((error) => error.message);
  if (problems.length > 0) return { problems };
  const catalogNames = new Map<string, string>();
  catalogs.forEach((name, index) => {
    if (typeof name === 'string') catalogNames.set(ids[index]!, name);
  });
  return { imageName: typeof image === 'string' ? image : null, catalogNames };
}
