import { messageFields, messageTextProblem } from '../../../contracts/message-text.ts';
import { maxSpreadMinutes } from '../../../contracts/rollout-limits.ts';
import type { Catalog, UpdateImageRequest } from '../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../api/citrix/images.ts';
import type { CitrixSite } from '../../api/citrix/sites.ts';

/** When machines restart onto the new image: the three meanings of `vdaUpdateDelay`. */
export type RebootTiming = 'next-shutdown' | 'now' | 'spread';

export interface RolloutSettingsDraft {
  timing: RebootTiming;
  /** As typed, so a half-typed or wrong value can be explained on the field. */
  spreadMinutes: string;
  warningTitle: string;
  warningMessage: string;
}

export const defaultWarningTitle = 'Help desk message';

export const defaultSettings: RolloutSettingsDraft = {
  timing: 'spread',
  spreadMinutes: '60',
  warningTitle: defaultWarningTitle,
  warningMessage:
    'Your desktop will restart in %m% minutes to apply an update. Save your work and log off.',
};

// Shared with the server, which checks a plan's restart settings by the same bound.
export { maxSpreadMinutes };

export interface ValidatedSettings {
  vdaUpdateDelay: number;
  warningTitle: string | null;
  warningMessage: string | null;
}

export type SettingsErrors = Partial<
  Record<'spreadMinutes' | 'warningTitle' | 'warningMessage', string>
>;

/** Checks the draft and gives the body fields, or the reason on each field that is wrong. */
export function validateSettings(
  draft: RolloutSettingsDraft,
): { ok: true; settings: ValidatedSettings } | { ok: false; errors: SettingsErrors } {
  if (draft.timing === 'next-shutdown') {
    return { ok: true, settings: { vdaUpdateDelay: -1, warningTitle: null, warningMessage: null } };
  }
  if (draft.timing === 'now') {
    return { ok: true, settings: { vdaUpdateDelay: 0, warningTitle: null, warningMessage: null } };
  }
  const errors: SettingsErrors = {};
  const raw = draft.spreadMinutes.trim();
  const minutes = Number(raw);
  if (raw === '') errors.spreadMinutes = 'Enter how many minutes to spread the restarts over.';
  else if (!/^\d+$/.test(raw))
    errors.spreadMinutes = 'Enter a whole number of minutes, such as 60.';
  else if (minutes < 1)
    errors.spreadMinutes = 'Enter 1 minute or more; to restart now, choose “Now”.';
  else if (minutes > maxSpreadMinutes)
    errors.spreadMinutes = `Spread the restarts over at most ${maxSpreadMinutes.toLocaleString('en-US')} minutes (7 days); to let machines restart in their own time, choose “On next shutdown”.`;
  const titleProblem = messageTextProblem(draft.warningTitle, messageFields.rolloutWarningTitle);
  if (titleProblem) errors.warningTitle = titleProblem;
  const messageProblem = messageTextProblem(
    draft.warningMessage,
    messageFields.rolloutWarningMessage,
  );
  if (messageProblem) errors.warningMessage = messageProblem;
  else if (draft.warningMessage.trim() !== '' && !draft.warningMessage.includes('%m%')) {
    errors.warningMessage =
      'Include %m% where the minutes left should appear, so users know how long they have.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      vdaUpdateDelay: minutes,
      warningTitle: draft.warningTitle.trim() || null,
      warningMessage: draft.warningMessage.trim() || null,
    },
  };
}

/** What the review step shows and the submit sends: null until every choice is made and valid. */
export function updateImageRequest(
  site: CitrixSite,
  catalog: Catalog | undefined,
  image: CitrixImage | undefined,
  validation: ReturnType<typeof validateSettings>,
): UpdateImageRequest | null {
  if (!catalog || !image || !validation.ok) return null;
  return {
    site,
    catalogId: catalog.id,
    templateId: image.id,
    citrixPrepared: image.citrixPrepared,
    settings: validation.settings,
  };
}

/** What a user sees in the session: `%m%` replaced by the minutes left. */
export function previewWarningMessage(message: string, minutes: number): string {
  return message.replaceAll('%m%', String(minutes));
}

/** The delay in words, for the review step and the history. */
export function delayInWords(vdaUpdateDelay: number): string {
  if (vdaUpdateDelay === -1) return 'Machines restart onto the new image when they next shut down';
  if (vdaUpdateDelay === 0)
    return 'All machines restart now; active sessions are logged off at once';
  return `Restarts spread over ${vdaUpdateDelay} minute${vdaUpdateDelay === 1 ? '' : 's'}; users are warned first`;
}

/** The draft that gives these body fields back: a plan being changed, or a link's presets. */
export function settingsFromRestart(restart: ValidatedSettings): RolloutSettingsDraft {
  const { vdaUpdateDelay, warningTitle, warningMessage } = restart;
  if (vdaUpdateDelay === -1) return { ...defaultSettings, timing: 'next-shutdown' };
  if (vdaUpdateDelay === 0) return { ...defaultSettings, timing: 'now' };
  return {
    timing: 'spread',
    spreadMinutes: String(vdaUpdateDelay),
    warningTitle: warningTitle ?? '',
    warningMessage: warningMessage ?? '',
  };
}
