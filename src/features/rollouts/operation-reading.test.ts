import { describe, expect, it } from 'vitest';
import { readOperation, toCatalogStatus } from './operation-reading.ts';
import { rolloutOperation } from '../../testing/operation-fixtures.ts';

const readAt = '2026-11-24T09:01:00.000Z';

describe('readOperation', () => {
  it('takes the words from the status body the server read, warnings and all', () => {
    const operation = rolloutOperation({
      state: 'succeeded',
      progress: {
        state: 'InputRequired',
        subState: null,
        statusMessage: null,
        percent: 100,
        raw: { state: 'InputRequired', warnings: [{ warningMessage: 'Assign apps' }] },
        readAt,
      },
    });
    expect(readOperation(operation)).toMatchObject({
      phase: 'succeeded',
      headline: 'Image updated; the catalog still needs input',
      detail: 'Assign apps',
    });
  });

  it('falls back to the summary fields when the body is not a status overview', () => {
    const operation = rolloutOperation({
      progress: {
        state: 'Processing',
        subState: 'ProcessingVdaCopyingMasterImage',
        statusMessage: null,
        percent: 20,
        raw: 'not json',
        readAt,
      },
    });
    expect(toCatalogStatus(operation)?.subState).toBe('ProcessingVdaCopyingMasterImage');
    expect(readOperation(operation).detail).toBe('Copying the master image to the catalog');
  });

  it('lets the server’s state decide the phase when the last reading disagrees', () => {
    const ended = rolloutOperation({
      state: 'failed',
      followProblem: 'The catalog service has not answered for 30 minutes.',
      progress: {
        state: 'Processing',
        subState: null,
        statusMessage: null,
        percent: 40,
        raw: null,
        readAt,
      },
    });
    expect(readOperation(ended)).toMatchObject({
      phase: 'failed',
      detail: 'The catalog service has not answered for 30 minutes.',
    });
    expect(readOperation(rolloutOperation()).phase).toBe('running');
  });
});
