import { defineUrlView, type UrlView } from '../../lib/url-view.ts';
import { emptyPlanForm, type PlanFormDraft } from './plan-form.ts';
import { settingsFromRestart } from './rollout-settings.ts';

/**
 * What a link into `/plans/new` may preset (`paths.newPlan.href` writes the same names): the
 * image, the catalogs of the first wave, and the single wizard's restart settings.
 */
export const planPresetsUrlView = defineUrlView({
  image: { kind: 'text', default: null, trim: true },
  catalogs: { kind: 'text', default: null, trim: true },
  delay: {
    kind: 'text',
    default: null,
    trim: true,
    pattern: /^(-1|\d+)$/,
    label: 'restart delay',
    instead: 'using the default restart settings',
  },
  title: { kind: 'text', default: null },
  message: { kind: 'text', default: null },
});

export type PlanPresets = UrlView<typeof planPresetsUrlView.declaration>;

/** The first draft of a plan from a link's presets; the rest as a new plan starts. */
export function draftFromPresets(presets: PlanPresets, timeZone: string): PlanFormDraft {
  const empty = emptyPlanForm(timeZone);
  const catalogs = (presets.catalogs ?? '').split(',').filter(Boolean);
  return {
    ...empty,
    imageId: presets.image,
    waves: [[...new Set(catalogs)]],
    settings:
      presets.delay === null
        ? empty.settings
        : settingsFromRestart({
            vdaUpdateDelay: Number(presets.delay),
            warningTitle: presets.title,
            warningMessage: presets.message,
          }),
  };
}
