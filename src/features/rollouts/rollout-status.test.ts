import { describe, expect, it } from 'vitest';
import { catalogStatusSchema } from '../../api/citrix/catalogs.ts';
import { interpretStatus, timeLeftInWords } from './rollout-status.ts';

const status = (fields: Record<string, unknown>) => catalogStatusSchema.parse(fields);

describe('interpretStatus', () => {
  it('reads Processing as running, with the sub-state in words', () => {
    const reading = interpretStatus(
      status({ state: 'Processing', subState: 'ProcessingVdaCopyingMasterImage' }),
    );
    expect(reading).toMatchObject({
      phase: 'running',
      detail: 'Copying the master image to the catalog',
    });
  });

  it('reads Active and InputRequired as done, InputRequired with its warnings', () => {
    expect(interpretStatus(status({ state: 'Active' })).phase).toBe('succeeded');
    const input = interpretStatus(
      status({
        state: 'InputRequired',
        warnings: [{ type: 'AppsRequired', warningMessage: 'Assign apps' }],
      }),
    );
    expect(input).toMatchObject({
      phase: 'succeeded',
      headline: expect.stringContaining('needs input'),
      detail: 'Assign apps',
    });
  });

  it('reads an empty status message as none, so the sub-state in words explains the failure', () => {
    const reading = interpretStatus(
      status({
        state: 'Error',
        subState: 'ErrorMasterImageNotFound',
        statusMessage: '',
        catalogErrorDetails: '',
      }),
    );
    expect(reading).toMatchObject({ phase: 'failed', detail: 'The master image was not found' });
  });

  it('reads Error as failed, with the service message and advice for the sub-state', () => {
    const reading = interpretStatus(
      status({
        state: 'Error',
        subState: 'ErrorMasterImageVerificationFailed',
        statusMessage: 'VDA did not register',
      }),
    );
    expect(reading).toMatchObject({ phase: 'failed', detail: 'VDA did not register' });
    expect(reading.advice).toContain('keeps its previous image');
    const unknown = interpretStatus(status({ state: 'Error', subState: 'ErrorSomethingNew' }));
    expect(unknown.detail).toBe('Error something new');
    expect(unknown.advice).toContain('transaction ID');
  });

  it('treats any other state (Deleting, NotFound) as not completed', () => {
    expect(interpretStatus(status({ state: 'NotFound' })).phase).toBe('failed');
  });
});

describe('timeLeftInWords', () => {
  const started = Date.UTC(2026, 0, 1, 12, 0, 0);
  const running = status({
    state: 'Processing',
    startedAt: new Date(started).toISOString(),
    estimatedTimeInMinute: 10,
  });
  it('counts down from startedAt + estimatedTimeInMinute', () => {
    expect(timeLeftInWords(running, started + 4 * 60_000)).toBe('About 6 minutes left');
    expect(timeLeftInWords(running, started + 9.5 * 60_000)).toBe('Less than a minute left');
    expect(timeLeftInWords(running, started + 11 * 60_000)).toBe('Taking longer than estimated');
  });
  it('is unknown without a start or an estimate', () => {
    expect(timeLeftInWords(status({ state: 'Processing' }), started)).toBeNull();
  });
});
