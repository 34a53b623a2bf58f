import type {
  Plan,
  PlanCatalogState,
  PlanState,
  WaveState,
} from '../../../contracts/rollout-plans.ts';

// Light on purpose, as operation-words.ts: the Operations menu in the shell lists plans too.

type Words = { label: string; color: string };

export const planStateWords: Record<PlanState, Words & { meaning: string }> = {
  scheduled: { label: 'Scheduled', color: 'gray', meaning: 'Waiting for its start time.' },
  running: {
    label: 'Running',
    color: 'blue',
    meaning: 'A wave is running, or the next is about to start.',
  },
  succeeded: { label: 'Finished', color: 'teal', meaning: 'Every wave ended well.' },
  stopped: {
    label: 'Stopped',
    color: 'red',
    meaning:
      'A catalog failed, or the window closed before a wave could start: no further wave starts.',
  },
  cancelled: {
    label: 'Cancelled',
    color: 'orange',
    meaning: 'Cancelled by an admin: no further wave starts.',
  },
  missed: {
    label: 'Missed',
    color: 'orange',
    meaning: 'The start time and the whole window passed without the plan starting.',
  },
};

export const waveStateWords: Record<WaveState, Words> = {
  waiting: { label: 'Waiting', color: 'gray' },
  running: { label: 'Running', color: 'blue' },
  succeeded: { label: 'Finished', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
  skipped: { label: 'Not started', color: 'gray' },
};

export const planCatalogStateWords: Record<PlanCatalogState, Words> = {
  waiting: { label: 'Waiting for its wave', color: 'gray' },
  running: { label: 'Updating', color: 'blue' },
  succeeded: { label: 'Updated', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
  skipped: { label: 'Not updated (its wave never started)', color: 'gray' },
  reverting: { label: 'Reverting to its previous image', color: 'blue' },
  reverted: { label: 'Reverted', color: 'teal' },
  'revert-failed': { label: 'Revert failed', color: 'red' },
};

/** "Finance Server 2025-11 #7 to 3 catalogs". */
export function planTitle(plan: Pick<Plan, 'imageName' | 'imageId' | 'waves'>): string {
  const count = plan.waves.reduce((sum, wave) => sum + wave.catalogs.length, 0);
  return `${plan.imageName ?? plan.imageId} to ${count} catalog${count === 1 ? '' : 's'}`;
}

/** "in 2 h 5 min", "in 40 s", "now": a countdown to a start. */
export function countdownInWords(ms: number): string {
  if (ms <= 0) return 'now';
  if (ms < 60_000) return `in ${Math.ceil(ms / 1000)} s`;
  // Rounded up, as a countdown reads: "in 5 min" until the fifth minute has begun.
  const minutes = Math.ceil(ms / 60_000);
  const [days, hours, rest] = [
    Math.floor(minutes / 1440),
    Math.floor((minutes % 1440) / 60),
    minutes % 60,
  ];
  const parts = [days && `${days} d`, hours && `${hours} h`, rest && `${rest} min`].filter(Boolean);
  return `in ${parts.join(' ')}`;
}
