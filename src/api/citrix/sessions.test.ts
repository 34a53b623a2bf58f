import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../testing/msw-server.ts';
import { runSessionAction } from './sessions.ts';

describe('runSessionAction', () => {
  it('reports a failed job whose ErrorString is "" in its own words, not as an empty reason', async () => {
    server.use(
      http.post(
        /\/api\/cvad\/manage\/Sessions\/[^/]+\/\$logoff/,
        () =>
          new HttpResponse(null, {
            status: 202,
            headers: { Location: '/api/cvad/manage/Jobs/job-1' },
          }),
      ),
      http.get('*/api/cvad/manage/Jobs/:id', () =>
        HttpResponse.json({ Id: 'job-1', Status: 'Failed', ErrorString: '' }),
      ),
    );
    const { outcomes } = await runSessionAction({ action: 'logoff', sessionIds: ['session-1'] });
    expect(outcomes).toEqual([{ sessionId: 'session-1', ok: false, failure: { stage: 'job' } }]);
  });
});
