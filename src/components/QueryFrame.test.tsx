import { queryOptions, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { consoleApi } from '../lib/api-clients.ts';
import { server } from '../testing/msw-server.ts';
import { render } from '../testing/render.tsx';
import { QueryFrame } from './QueryFrame.tsx';

/** A stand-in resource: the one query these tests read. */
const probeQuery = queryOptions({
  queryKey: ['probe'],
  queryFn: ({ signal }) => consoleApi.get('probe', { signal }).json<{ name: string }>(),
});

function Probe({ refreshErrorTitle }: { refreshErrorTitle?: string }) {
  const probe = useQuery(probeQuery);
  return (
    <QueryFrame
      query={probe}
      errorTitle="Could not load the probe"
      refreshErrorTitle={refreshErrorTitle}
    >
      {(data) => <p>Loaded {data.name}</p>}
    </QueryFrame>
  );
}

/** Answers with each of `answers` in turn, the last one from then on. */
function serveProbe(...answers: (() => Response)[]) {
  let calls = 0;
  server.use(
    http.get('/api/probe', () => {
      const answer = answers[Math.min(calls, answers.length - 1)]!;
      calls += 1;
      return answer();
    }),
  );
  return { calls: () => calls };
}

const ok = (name: string) => () => HttpResponse.json({ name });
const unavailable = () => new HttpResponse(null, { status: 503 });

describe('QueryFrame', () => {
  it('shows a loader until the first answer, then the data', async () => {
    let answer: () => void = () => {};
    server.use(
      http.get('/api/probe', async () => {
        await new Promise<void>((resolve) => (answer = resolve));
        return HttpResponse.json({ name: 'first' });
      }),
    );
    render(<Probe />);

    expect(await screen.findByLabelText('Loading')).toBeInTheDocument();
    answer();
    expect(await screen.findByText('Loaded first')).toBeVisible();
    expect(screen.queryByLabelText('Loading')).not.toBeInTheDocument();
  });

  it('says what failed, in words, and asks again on Try again', async () => {
    const probe = serveProbe(unavailable, ok('second'));
    const { user } = render(<Probe />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the probe');
    expect(alert).toHaveTextContent('Service unavailable');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Loaded second')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(probe.calls()).toBe(2);
  });

  it('keeps the data on screen when a refresh fails, and says so above it when asked', async () => {
    serveProbe(ok('kept'), unavailable);
    const { queryClient } = render(<Probe refreshErrorTitle="Could not refresh the probe" />);
    expect(await screen.findByText('Loaded kept')).toBeVisible();

    await queryClient.refetchQueries({ queryKey: probeQuery.queryKey });

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not refresh the probe');
    expect(screen.getByText('Loaded kept')).toBeVisible();
  });

  it('leaves a failed refresh to the app-wide toast unless asked to say it in place', async () => {
    const probe = serveProbe(ok('kept'), unavailable);
    const { queryClient } = render(<Probe />);
    expect(await screen.findByText('Loaded kept')).toBeVisible();

    await queryClient.refetchQueries({ queryKey: probeQuery.queryKey });

    expect(probe.calls()).toBe(2);
    expect(queryClient.getQueryState(probeQuery.queryKey)?.status).toBe('error');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Loaded kept')).toBeVisible();
  });

  it('shows the caller’s own loading and failure instead of the defaults', async () => {
    serveProbe(unavailable);
    function CustomProbe() {
      const probe = useQuery(probeQuery);
      return (
        <QueryFrame
          query={probe}
          errorTitle="Could not load the probe"
          loading={<p>Warming up</p>}
          renderError={() => <h1>Probe not found</h1>}
        >
          {(data) => <p>Loaded {data.name}</p>}
        </QueryFrame>
      );
    }
    render(<CustomProbe />);

    expect(screen.getByText('Warming up')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Probe not found' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
