import { planLimits, type Plan, type PlanDraft } from '../../../contracts/rollout-plans.ts';
import type { Catalog } from '../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../api/citrix/images.ts';
import type { CitrixSite } from '../../api/citrix/sites.ts';
import {
  instantToWall,
  isTimeZone,
  offsetMinutes,
  wallToInstant,
  type WallTime,
} from '../../lib/zoned-time.ts';
import { imageIneligibility, preflight } from './preflight.ts';
import {
  defaultSettings,
  settingsFromRestart,
  validateSettings,
  type RolloutSettingsDraft,
  type SettingsErrors,
} from './rollout-settings.ts';

/** The plan form as typed: values stay text, so a wrong one can be explained on its field. */
export interface PlanFormDraft {
  imageId: string | null;
  /** Catalog ids per wave; the first wave is the canary. */
  waves: string[][];
  settings: RolloutSettingsDraft;
  start: 'now' | 'at';
  date: string;
  time: string;
  timeZone: string;
  windowMinutes: string;
}

export type PlanFormErrors = SettingsErrors &
  Partial<Record<'image' | 'waves' | 'date' | 'time' | 'timeZone' | 'windowMinutes', string>> & {
    /** Why a catalog cannot be in the plan, by catalog id. */
    catalogs?: Record<string, string>;
  };

export const defaultWindowMinutes = 120;

const hourMs = 3_600_000;
/** The least time a new plan's suggested start leaves to finish the form and look it over. */
const suggestedLeadMs = 30 * 60_000;

/**
 * The first whole hour on `timeZone`'s clock at least 30 minutes after `now`, as the form's
 * date and time: a start an admin can keep as it is. An hour the clocks skip is passed over.
 */
export function suggestedStart(now: number, timeZone: string): WallTime {
  const earliest = now + suggestedLeadMs;
  // The wall clock read as if it were UTC, from the hour the earliest start falls in.
  const wallNow = earliest + offsetMinutes(earliest, timeZone) * 60_000;
  for (let wall = Math.floor(wallNow / hourMs) * hourMs; ; wall += hourMs) {
    const iso = new Date(wall).toISOString();
    const candidate = { date: iso.slice(0, 10), time: iso.slice(11, 16) };
    const start = wallToInstant(candidate, timeZone);
    if (start.ok && start.instant >= earliest) return candidate;
  }
}

export function emptyPlanForm(timeZone: string, now = Date.now()): PlanFormDraft {
  return {
    imageId: null,
    waves: [[]],
    settings: defaultSettings,
    start: 'at',
    ...suggestedStart(now, timeZone),
    timeZone,
    windowMinutes: String(defaultWindowMinutes),
  };
}

/** A scheduled plan as the form shows it, to change it. */
export function planFormFromPlan(plan: Plan): PlanFormDraft {
  const wall = instantToWall(Date.parse(plan.startAt), plan.timeZone);
  const windowMs = Date.parse(plan.windowEndsAt) - Date.parse(plan.startAt);
  return {
    imageId: plan.imageId,
    waves: plan.waves.map((wave) => wave.catalogs.map((c) => c.catalogId)),
    settings: settingsFromRestart(plan.restart),
    start: 'at',
    ...wall,
    timeZone: plan.timeZone,
    windowMinutes: String(Math.round(windowMs / 60_000)),
  };
}

/** Why `catalog` cannot take `image` in a plan; its state only matters when it starts now. */
export function catalogProblem(
  catalog: Catalog,
  image: CitrixImage | undefined,
  startsNow: boolean,
): string | null {
  if (image) {
    const ineligible = imageIneligibility(image, catalog);
    if (ineligible) return ineligible;
    if (catalog.imageId === image.id) return `${catalog.name} already runs ${image.name}.`;
  }
  const check = preflight(catalog, undefined);
  return startsNow && !check.ok ? `${check.reason} ${check.advice}` : null;
}

export interface PlanFormContext {
  site: CitrixSite;
  catalogs: Catalog[];
  images: CitrixImage[];
  /** Now, for "not in the past" and "at most 90 days ahead". */
  now: number;
}

function wavesProblem(waves: string[][]): string | null {
  const count = waves.flat().length;
  if (count === 0) return 'Add at least one catalog to the first wave (the canary).';
  const empty = waves.findIndex((wave) => wave.length === 0);
  if (empty >= 0) return `Wave ${empty + 1} has no catalog: add one, or remove the wave.`;
  if (waves.length > planLimits.maxWaves)
    return `A plan has at most ${planLimits.maxWaves} waves; this one has ${waves.length}.`;
  if (count > planLimits.maxCatalogs)
    return `A plan covers at most ${planLimits.maxCatalogs} catalogs; this one has ${count}.`;
  return null;
}

function windowProblem(raw: string): string | null {
  const { minWindowMinutes: min, maxWindowMinutes: max } = planLimits;
  if (!/^\d+$/.test(raw.trim()))
    return 'Enter the window as a whole number of minutes, such as 120.';
  const minutes = Number(raw.trim());
  if (minutes < min || minutes > max)
    return `The window must be ${min} to ${max.toLocaleString('en-US')} minutes (24 hours).`;
  return null;
}

function startProblems(
  draft: PlanFormDraft,
  now: number,
): Partial<PlanFormErrors> & {
  startAt?: number;
} {
  if (!isTimeZone(draft.timeZone)) return { timeZone: 'Choose a time zone from the list.' };
  if (draft.date === '') return { date: 'Enter the date the first wave starts.' };
  if (draft.time === '') return { time: 'Enter the time the first wave starts.' };
  const result = wallToInstant({ date: draft.date, time: draft.time }, draft.timeZone);
  if (!result.ok) return { time: result.problem };
  if (result.instant <= now) return { time: 'This time has passed: choose a time in the future.' };
  if (result.instant > now + planLimits.maxDaysAhead * 24 * 3_600_000)
    return { date: `A plan can be scheduled at most ${planLimits.maxDaysAhead} days ahead.` };
  return { startAt: result.instant };
}

/** Checks the whole form and gives the body `POST /api/plans` takes, or a reason per field. */
export function validatePlanForm(
  draft: PlanFormDraft,
  { site, catalogs, images, now }: PlanFormContext,
): { ok: true; body: PlanDraft } | { ok: false; errors: PlanFormErrors } {
  const image = images.find((i) => i.id === draft.imageId);
  const settings = validateSettings(draft.settings);
  const errors: PlanFormErrors = settings.ok ? {} : { ...settings.errors };
  if (!image)
    errors.image = draft.imageId
      ? `No image with ID ‘${draft.imageId}’ exists in this site.`
      : 'Choose the image to roll out.';
  const waves = wavesProblem(draft.waves);
  if (waves) errors.waves = waves;
  const catalogErrors: Record<string, string> = {};
  for (const id of draft.waves.flat()) {
    const catalog = catalogs.find((c) => c.id === id);
    const problem = catalog
      ? catalogProblem(catalog, image, draft.start === 'now')
      : `No catalog with ID ‘${id}’ exists in this site: remove it.`;
    if (problem) catalogErrors[id] = problem;
  }
  if (Object.keys(catalogErrors).length > 0) errors.catalogs = catalogErrors;
  const window = windowProblem(draft.windowMinutes);
  if (window) errors.windowMinutes = window;
  const { startAt, ...start } = draft.start === 'at' ? startProblems(draft, now) : {};
  Object.assign(errors, start);
  if (Object.keys(errors).length > 0 || !image || !settings.ok) return { ok: false, errors };
  return {
    ok: true,
    body: {
      customerId: site.customerId,
      siteId: site.siteId,
      imageId: image.id,
      citrixPrepared: image.citrixPrepared,
      restart: settings.settings,
      waves: draft.waves,
      startAt: startAt === undefined ? null : new Date(startAt).toISOString(),
      windowMinutes: Number(draft.windowMinutes.trim()),
      timeZone: draft.timeZone,
    },
  };
}

/** Images a plan can roll out: Ready ones (each catalog is then checked against it). */
export const eligibleImagesFor = (images: CitrixImage[]) =>
  images.filter((image) => image.state === 'Ready');

/**
 * The errors to show: before the first submit only those on fields already filled in (and every
 * catalog's, which explain the arrangement), so a fresh form is not a wall of red.
 */
export function shownErrors(
  draft: PlanFormDraft,
  errors: PlanFormErrors,
  attempted: boolean,
): PlanFormErrors {
  if (attempted) return errors;
  const filled = (value: string, error: string | undefined) => (value.trim() ? error : undefined);
  const { spreadMinutes, warningTitle, warningMessage, catalogs } = errors;
  return {
    spreadMinutes,
    warningTitle,
    warningMessage,
    catalogs,
    date: filled(draft.date, errors.date),
    time: filled(draft.time, errors.time),
    timeZone: errors.timeZone,
    windowMinutes: filled(draft.windowMinutes, errors.windowMinutes),
  };
}
