import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../../contracts/rollout-plans.ts';
import { paths } from '../../../../lib/paths.ts';
import { meAs } from '../../../../testing/handlers.ts';
import { server } from '../../../../testing/msw-server.ts';
import { operationHandlers, rolloutOperation } from '../../../../testing/operation-fixtures.ts';
import {
  planCatalog,
  planFixture,
  planHandlers,
  type PlanRequests,
} from '../../../../testing/plan-fixtures.ts';
import { render } from '../../../../testing/render.tsx';

function serve(plan: Plan) {
  const requests: PlanRequests = { created: [], changed: [], cancelled: [], reverted: [] };
  server.use(...planHandlers(() => [plan], requests));
  return requests;
}

const updated = planCatalog({
  state: 'succeeded',
  previousImageId: 'img-current',
  previousImageName: 'Finance Server 2025-09 #1',
  operationId: '5f0c1c6e-0000-4000-8000-000000000001',
  startedAt: '2026-12-06T01:00:00.000Z',
  finishedAt: '2026-12-06T01:40:00.000Z',
});

describe('the plan page', () => {
  it('counts down to a scheduled start on the server’s clock, in the plan’s zone', async () => {
    // The server says 22:55 UTC; the start is 01:00 UTC: 2 h 5 min, whatever the browser's clock.
    serve(planFixture());
    render(undefined, { route: paths.plan.href('plan-1') });
    expect(
      await screen.findByRole('heading', {
        name: 'Rollout plan: Finance Server 2025-11 #7 to 2 catalogs',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Scheduled')).toBeInTheDocument();
    expect(await screen.findByRole('timer')).toHaveTextContent('Starts in 2 h 5 min');
    const start = screen.getByRole('row', { name: /^Start/ });
    expect(start).toHaveTextContent(/02:00.*\(Europe\/Berlin, UTC\+01:00\)/);
    expect(screen.getByRole('row', { name: /Scheduled by/ })).toHaveTextContent('Avery Admin');
    expect(screen.getByRole('region', { name: 'Wave 1 (canary)' })).toHaveTextContent(
      'Waiting for its wave',
    );
  });

  it('shows the first wave within seconds when the start is near, not at the next slow read', async () => {
    server.use(...operationHandlers(() => [rolloutOperation()]));
    // The server's clock says the start is 20 s away.
    const scheduled = planFixture({ serverNow: '2026-12-06T00:59:40.000Z' });
    const running = planFixture({
      state: 'running',
      serverNow: '2026-12-06T01:00:02.000Z',
      waves: [
        {
          state: 'running',
          catalogs: [{ ...updated, state: 'running', finishedAt: null }],
          startedAt: '2026-12-06T01:00:00.000Z',
          finishedAt: null,
        },
        scheduled.waves[1]!,
      ],
    });
    let started = false;
    server.use(...planHandlers(() => [started ? running : scheduled]));
    render(undefined, { route: paths.plan.href('plan-1') });
    expect(await screen.findByRole('timer')).toHaveTextContent(/^Starts in/);
    started = true;
    expect(await screen.findByText('Updating the catalog image')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('lets an admin cancel a scheduled plan after a second look', async () => {
    const requests = serve(planFixture());
    const { user } = render(undefined, { route: paths.plan.href('plan-1') });
    expect(await screen.findByRole('link', { name: 'Change the plan' })).toHaveAttribute(
      'href',
      paths.changePlan.href('plan-1'),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel the plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the plan?' });
    expect(dialog).toHaveTextContent('No wave will start.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the plan' }));
    expect(await screen.findByText('Cancelled by Avery Admin.')).toBeInTheDocument();
    expect(requests.cancelled).toEqual(['plan-1']);
  });

  it('shows a running wave’s progress, and cancels only the waves to come', async () => {
    server.use(...operationHandlers(() => [rolloutOperation()]));
    serve(
      planFixture({
        state: 'running',
        waves: [
          {
            state: 'running',
            catalogs: [{ ...updated, state: 'running', finishedAt: null }],
            startedAt: '2026-12-06T01:00:00.000Z',
            finishedAt: null,
          },
          planFixture().waves[1]!,
        ],
      }),
    );
    const { user } = render(undefined, { route: paths.plan.href('plan-1') });
    expect(
      await screen.findByRole('link', { name: 'Follow the rollout of Finance Shared' }),
    ).toHaveAttribute('href', paths.rollout.href('5f0c1c6e-0000-4000-8000-000000000001'));
    expect(await screen.findByText('Updating the catalog image')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    // Once a wave runs, the plan can no longer be changed; only the waves to come cancelled.
    expect(screen.queryByRole('link', { name: 'Change the plan' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel the remaining waves' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'The wave running now carries on to its end; no further wave starts.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the remaining waves' }));
    expect(
      await screen.findByText(/Avery Admin cancelled the remaining waves on/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Cancel the remaining waves' }),
    ).not.toBeInTheDocument();
  });

  it('says why a plan stopped, and reverts the catalogs it updated, named', async () => {
    server.use(...operationHandlers(() => [rolloutOperation({ state: 'succeeded' })]));
    const requests = serve(
      planFixture({
        state: 'stopped',
        stopReason: 'Sales Shared failed: the catalog service reported an error.',
        waves: [
          { state: 'succeeded', catalogs: [updated], startedAt: null, finishedAt: null },
          {
            state: 'failed',
            catalogs: [
              planCatalog({ catalogId: 'cat-busy', catalogName: 'Sales Shared', state: 'failed' }),
            ],
            startedAt: null,
            finishedAt: null,
          },
        ],
      }),
    );
    const { user } = render(undefined, { route: paths.plan.href('plan-1') });
    expect(await screen.findByRole('alert', { name: 'Why it ended' })).toHaveTextContent(
      'Sales Shared failed',
    );
    await user.click(screen.getByRole('button', { name: 'Revert the updated catalogs' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert the updated catalogs?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(
      'Finance Shared (back to Finance Server 2025-09 #1)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Revert 1 catalog' }));
    expect(await screen.findByText(/Avery Admin asked for the revert/)).toBeInTheDocument();
    expect(requests.reverted).toEqual(['plan-1']);
  });

  it('offers a viewer no actions', async () => {
    server.use(meAs('viewer'));
    serve(planFixture());
    render(undefined, { route: paths.plan.href('plan-1') });
    expect(await screen.findByRole('timer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Change the plan' })).not.toBeInTheDocument();
  });
});
