import { http, HttpResponse } from 'msw';
import { server } from '../../../testing/msw-server.ts';
import {
  catalogListHandler,
  searchUrl,
  sessionFixture,
} from '../../../testing/session-fixtures.ts';

/**
 * A small site (three sessions unless told) whose sessions actions really change: `$logoff` and `$disconnect` answer 202 with a
 * job that is InProgress on its first read and Complete on the next, and only then takes effect.
 */
export function simulateSite(count = 3, options: { jobsHeldUntil?: Promise<void> } = {}) {
  // A held job stays InProgress until the test lets it go, so a test can act while it runs.
  let held = options.jobsHeldUntil !== undefined;
  void options.jobsHeldUntil?.then(() => (held = false));
  let sessions = Array.from({ length: count }, (_, i) => sessionFixture(i + 1));
  const jobs = new Map<string, { reads: number; apply: () => void }>();
  const calls: { path: string; body: unknown }[] = [];
  server.use(
    catalogListHandler,
    http.post(searchUrl, () =>
      HttpResponse.json({ Items: sessions, ContinuationToken: null, TotalItems: sessions.length }),
    ),
    http.get('*/api/cvad/manage/Sessions/:id', ({ params }) => {
      const found = sessions.find((s) => s.Id === params.id);
      return found
        ? HttpResponse.json(found)
        : HttpResponse.json({ detail: 'Session was not found' }, { status: 404 });
    }),
    http.post(/\/api\/cvad\/manage\/Sessions\/([^/]+)\/\$(\w+)/, async ({ request }) => {
      const url = new URL(request.url);
      const [, id, action] = /Sessions\/([^/]+)\/\$(\w+)/.exec(url.pathname)!;
      calls.push({
        path: `${action}?async=${url.searchParams.get('async')}`,
        body: await request.json().catch(() => null),
      });
      const jobId = `job-${calls.length}`;
      jobs.set(jobId, {
        reads: 0,
        apply: () => {
          if (action === 'logoff') sessions = sessions.filter((s) => s.Id !== id);
          if (action === 'disconnect')
            sessions = sessions.map((s) => (s.Id === id ? { ...s, State: 'Disconnected' } : s));
        },
      });
      return new HttpResponse(null, {
        status: 202,
        headers: { Location: `/api/cvad/manage/Jobs/${jobId}` },
      });
    }),
    http.get('*/api/cvad/manage/Jobs/:id', ({ params }) => {
      const job = jobs.get(String(params.id))!;
      if (held) return HttpResponse.json({ Id: params.id, Status: 'InProgress' });
      job.reads += 1;
      if (job.reads === 2) job.apply();
      return HttpResponse.json({
        Id: params.id,
        Status: job.reads >= 2 ? 'Complete' : 'InProgress',
        OverallProgressPercent: job.reads >= 2 ? 100 : 40,
      });
    }),
  );
  return calls;
}
