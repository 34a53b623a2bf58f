import type { Clock } from '../clock.ts';
import type { CitrixCatalog } from '../data/catalogs.ts';
import type { CitrixImage } from '../data/citrix-images.ts';
import { toRfc3339 } from '../data/time.ts';
import { failsVerification } from '../data/verification-failure.ts';
import { phaseAt, verificationEndsAt, verificationFailure } from './rollout-phases.ts';

/** The `$updateImage` body once validated (either key casing). */
export interface UpdateImageSettings {
  templateId: string;
  citrixPrepared: boolean;
  vdaUpdateDelay: number;
  warningTitle: string | null;
  warningMessage: string | null;
}

interface Rollout {
  catalog: CitrixCatalog;
  to: CitrixImage;
  settings: UpdateImageSettings;
  startedAt: number;
  durationMs: number;
  /** State and warnings to return to when the update succeeds (Active or InputRequired). */
  settledState: string;
  settledWarnings: CitrixCatalog['warnings'];
  finished: boolean;
  /** It ended failing verification: its status says Error; the catalog went back as it was. */
  failed: boolean;
  /** Read lazily: the transaction ID is set on the 202 by middleware after the handler. */
  transactionId: () => string | null;
}

/**
 * Catalog image updates in flight. State is derived from the clock whenever it is read, so tests
 * move a manual clock instead of sleeping; a timer on the same clock also settles each update at its end time, so the
 * dataset reflects the new image even if nobody polls (the image pages read it directly).
 */
export class RolloutTracker {
  private readonly rollouts = new Map<string, Rollout>();

  constructor(
    private readonly clock: Clock,
    /** How long an update takes (SIM_ROLLOUT_SECONDS), read when it starts. */
    private readonly durationMs: () => number,
  ) {}

  start(
    catalog: CitrixCatalog,
    to: CitrixImage,
    settings: UpdateImageSettings,
    transactionId: () => string | null,
  ): void {
    const now = this.clock.now();
    const rollout: Rollout = {
      catalog,
      to,
      settings,
      startedAt: now,
      durationMs: this.durationMs(),
      settledState: catalog.state === 'InputRequired' ? 'InputRequired' : 'Active',
      // The last update's outcome is superseded by this one.
      settledWarnings: catalog.warnings.filter(
        (w) => w.type !== 'PendingVdaUpdate' && w.type !== 'ImageRollback',
      ),
      finished: false,
      failed: false,
      transactionId,
    };
    this.rollouts.set(catalog.id, rollout);
    catalog.state = 'Processing';
    catalog.lastModifiedTime = toRfc3339(now);
    this.advance();
    this.clock.setTimeout(() => this.advance(), rollout.durationMs + 50);
  }

  /** Brings every catalog being updated up to the clock. */
  advance(): void {
    const now = this.clock.now();
    for (const rollout of this.rollouts.values()) {
      if (rollout.finished) continue;
      const fraction = Math.max(0, now - rollout.startedAt) / rollout.durationMs;
      if (failsVerification(rollout.to) && fraction >= verificationEndsAt) fail(rollout, now);
      else if (fraction >= 1) succeed(rollout, now);
      else progress(rollout, fraction);
    }
  }

  /**
   * `CatalogStatusOverview` for the catalog's update (the `Location` of `$updateImage`). A failed
   * update reads `Error` with its `Error*` sub-state, as documented, while the catalog itself is
   * back in the state it had, with its previous image: it is never left unable to take the next
   * image (updates need `Active` or `InputRequired`).
   */
  status(catalog: CitrixCatalog) {
    this.advance();
    const rollout = this.rollouts.get(catalog.id);
    const failed = rollout?.failed === true;
    return {
      state: failed ? 'Error' : catalog.state,
      subState: failed ? verificationFailure.subState : catalog.subState,
      warnings: catalog.warnings,
      statusMessage: failed ? verificationFailure.statusMessage : catalog.statusMessage,
      catalogErrorDetails: failed ? verificationFailure.catalogErrorDetails : null,
      transactionId: rollout?.transactionId() ?? null,
      extraInfo: null,
      startedAt: rollout ? toRfc3339(rollout.startedAt) : null,
      estimatedTimeInMinute: rollout ? Math.max(1, Math.ceil(rollout.durationMs / 60_000)) : null,
    };
  }
}

function progress({ catalog }: Rollout, fraction: number) {
  const phase = phaseAt(fraction);
  catalog.subState = phase.subState;
  catalog.statusMessage = phase.message;
  catalog.taskCompletionPercentage = Math.min(99, Math.floor(fraction * 100));
}

/**
 * The image failed verification: the update ends in error (its status), and the catalog rolls
 * back to how it was, keeping its previous image, with an `ImageRollback` warning that says so.
 */
function fail(rollout: Rollout, now: number) {
  const { catalog, to } = rollout;
  rollout.finished = true;
  rollout.failed = true;
  catalog.state = rollout.settledState;
  catalog.subState = null;
  catalog.statusMessage = null;
  catalog.taskCompletionPercentage = null;
  catalog.lastModifiedTime = toRfc3339(now);
  catalog.warnings = [
    ...rollout.settledWarnings,
    {
      type: 'ImageRollback',
      isDismissible: true,
      warningMessage: `The update to ${to.name} failed verification, so the catalog kept its previous image, ${catalog.templateImageName ?? 'as it was'}. Publish a fixed image, then roll it out again.`,
      isError: true,
    },
  ];
}

function succeed(rollout: Rollout, now: number) {
  const { catalog, to, settings } = rollout;
  rollout.finished = true;
  catalog.state = rollout.settledState;
  catalog.subState = null;
  catalog.statusMessage = null;
  catalog.taskCompletionPercentage = null;
  catalog.imageId = to.id;
  catalog.templateImageName = to.name;
  catalog.templateImageOs = to.osName;
  catalog.lastModifiedTime = toRfc3339(now);
  // With a natural reboot, machines keep the old image until they next shut down.
  catalog.warnings =
    settings.vdaUpdateDelay === -1
      ? [
          ...rollout.settledWarnings,
          {
            type: 'PendingVdaUpdate',
            isDismissible: true,
            warningMessage: 'Machines switch to the new image when they next shut down',
            isError: false,
          },
        ]
      : rollout.settledWarnings;
}
