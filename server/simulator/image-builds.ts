import type { Clock } from './clock.ts';
import type { SimulatorConfig } from './config.ts';
import type { Dataset } from './data/dataset.ts';
import type { CitrixImage } from './data/citrix-images.ts';
import type { RackspaceImage } from './data/rackspace-images.ts';
import { toRfc3339 } from './data/time.ts';

/** Citrix states that are on their way to Ready by themselves (TF waits on the same ones). */
export const citrixStatesInFlight: ReadonlySet<string> = new Set([
  'Pending',
  'Importing',
  'Enumerating',
  'BuilderProvisioning',
  'BuilderActive',
  'BuilderStopped',
  'BuilderVerifying',
  'BuilderRestarting',
]);

interface Build<T> {
  image: T;
  startedAt: number;
  durationMs: number;
}

const verifyingStep = {
  state: 'BuilderVerifying',
  subState: 'ProcessingVerifyingMasterImage',
  status: 'Verifying the master image',
} as const;

/** The VDA a settled image reports when it had none while it was being prepared. */
const settledVdaVersion = '2507.0.100';

/**
 * Images in flight, advanced by the simulator clock whenever an image route reads them (tests move
 * the clock instead of sleeping). Each image takes between half and all of SIM_IMAGE_BUILD_SECONDS,
 * staggered so they do not all settle at once. Settling mutates the dataset's image objects in place,
 * so every module that reads them (catalogs, rollouts) sees the same state.
 */
export class ImageBuilds {
  private citrix: Build<CitrixImage>[];
  private rackspace: Build<RackspaceImage>[];

  private readonly clock: Clock;

  constructor({
    config,
    dataset,
    clock,
  }: {
    config: SimulatorConfig;
    dataset: Dataset;
    clock: Clock;
  }) {
    this.clock = clock;
    const start = clock.now();
    const fullMs = config.imageBuildSeconds * 1000;
    const durationOf = (index: number) => Math.round(fullMs * (0.5 + ((index * 7) % 11) / 20));
    this.citrix = dataset.citrixImages
      .filter((image) => citrixStatesInFlight.has(image.state))
      .map((image, index) => {
        const durationMs = durationOf(index);
        image.startedAt = toRfc3339(start);
        image.estimatedTimeInMinute = Math.max(1, Math.ceil(durationMs / 60_000));
        return { image, startedAt: start, durationMs };
      });
    this.rackspace = dataset.rackspaceImages
      .filter((image) => image.status === 'SAVING')
      .map((image, index) => {
        const durationMs = durationOf(index);
        // Nova's "saving" (50) comes after "queued" (25): such an image is half-way already.
        const startedAt = image.progress >= 50 ? start - durationMs / 2 : start;
        return { image, startedAt, durationMs };
      });
  }

  /** Brings every image in flight up to the simulator's current time. */
  advance(): void {
    const now = this.clock.now();
    this.citrix = this.citrix.filter((build) => !advanceCitrix(build, now));
    this.rackspace = this.rackspace.filter((build) => !advanceRackspace(build, now));
  }
}

/** Returns true once the image has settled. */
function advanceCitrix({ image, startedAt, durationMs }: Build<CitrixImage>, now: number) {
  const fraction = (now - startedAt) / durationMs;
  if (fraction >= 1) {
    Object.assign(image, {
      state: 'Ready',
      subState: null,
      statusMessageId: null,
      status: '',
      vdaVersion: image.vdaVersion ?? settledVdaVersion,
      finalizedDate: toRfc3339(startedAt + durationMs),
      startedAt: null,
      estimatedTimeInMinute: null,
    });
    return true;
  }
  // A builder image is verified in the second half of its build, as the service does.
  if (fraction >= 0.5 && image.state.startsWith('Builder')) {
    Object.assign(image, { ...verifyingStep, statusMessageId: verifyingStep.subState });
  }
  return false;
}

function advanceRackspace({ image, startedAt, durationMs }: Build<RackspaceImage>, now: number) {
  const fraction = (now - startedAt) / durationMs;
  const [status, progress, stepAt] =
    fraction >= 1
      ? (['ACTIVE', 100, 1] as const)
      : fraction >= 0.5
        ? (['SAVING', 50, 0.5] as const)
        : (['SAVING', 25, 0] as const);
  if (image.progress !== progress) {
    image.status = status;
    image.progress = progress;
    image.updated = toRfc3339(startedAt + stepAt * durationMs);
  }
  return status === 'ACTIVE';
}
