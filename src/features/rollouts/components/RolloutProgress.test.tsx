import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../../contracts/identity-api.ts';
import { catalogHandlers } from '../../../testing/catalog-fixtures.ts';
import { meAs } from '../../../testing/handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  blakeAdmin,
  operationHandlers,
  rolloutOperation,
} from '../../../testing/operation-fixtures.ts';

let operations: Operation[] = [];
beforeEach(() => {
  operations = [];
  server.use(...catalogHandlers, ...operationHandlers(() => operations));
});

const readAt = '2026-11-24T09:05:00.000Z';

describe('rollout progress page', () => {
  it('shows the server’s latest reading, who started it, its settings and a follow problem', async () => {
    operations = [
      rolloutOperation({
        startedBy: blakeAdmin,
        followProblem: 'The catalog service did not answer the last two readings.',
        progress: {
          state: 'Processing',
          subState: 'ProcessingVdaUpdatingCitrixServers',
          statusMessage: null,
          percent: 40,
          raw: { state: 'Processing', subState: 'ProcessingVdaUpdatingCitrixServers' },
          readAt,
        },
      }),
    ];
    render(undefined, { route: '/rollouts/5f0c1c6e-0000-4000-8000-000000000001' });
    expect(await screen.findByText('Updating the catalog image')).toHaveRole('status');
    expect(screen.getByText('Updating the machines to the new image')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Update progress 40%' })).toBeInTheDocument();
    expect(screen.getByText(/did not answer the last two readings/)).toBeInTheDocument();

    const details = screen.getByRole('table', { name: 'Rollout details' });
    expect(within(details).getByRole('link', { name: 'Finance Shared' })).toHaveAttribute(
      'href',
      '/catalogs/cat-active',
    );
    expect(details).toHaveTextContent('Previous imageFinance Server 2025-09 #1');
    expect(details).toHaveTextContent('Started byBlake Builder (admin)');
    expect(details).toHaveTextContent('Restarts spread over 60 minutes');
    expect(details).toHaveTextContent('Citrix transaction IDtx-1');
    // Still running: nothing to revert yet.
    expect(screen.queryByText('Revert to previous image')).not.toBeInTheDocument();
  });

  it('shows a failure as the server recorded it, with advice and a revert', async () => {
    operations = [
      rolloutOperation({
        state: 'failed',
        finishedAt: '2026-11-24T09:12:00.000Z',
        progress: {
          state: 'Error',
          subState: 'ErrorMasterImageVerificationFailed',
          statusMessage: 'The VDA on the image did not register.',
          percent: 10,
          raw: null,
          readAt,
        },
      }),
    ];
    render(undefined, { route: '/rollouts/5f0c1c6e-0000-4000-8000-000000000001' });
    expect(await screen.findByText('The image update failed')).toHaveRole('status');
    expect(screen.getByText('The VDA on the image did not register.')).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'What to do' })).toHaveTextContent(
      'The catalog keeps its previous image.',
    );
    expect(screen.getByRole('link', { name: 'Revert to previous image' })).toHaveAttribute(
      'href',
      '/rollouts/new?catalog=cat-active&image=img-current',
    );
  });

  it('shows a success, with the revert disabled for a role that cannot roll out', async () => {
    server.use(meAs('helpdesk'));
    operations = [
      rolloutOperation({
        state: 'succeeded',
        finishedAt: '2026-11-24T09:20:00.000Z',
        progress: {
          state: 'Active',
          subState: null,
          statusMessage: null,
          percent: 100,
          raw: null,
          readAt,
        },
      }),
    ];
    render(undefined, { route: '/rollouts/5f0c1c6e-0000-4000-8000-000000000001' });
    expect(await screen.findByText('Image updated; the catalog is active')).toHaveRole('status');
    expect(
      await screen.findByRole('button', {
        name: 'Revert to previous image',
        description: 'Your role, helpdesk, cannot start image rollouts.',
      }),
    ).toHaveAttribute('aria-disabled', 'true');
  });

  // A well-formed id the server does not know (404), and one that cannot be an id at all.
  it.each(['5f0c1c6e-0000-4000-8000-00000000dead', 'not-a-rollout'])(
    'says in words that rollout %s has no record, with a way to the catalogs',
    async (id) => {
      render(undefined, { route: `/rollouts/${id}` });
      expect(await screen.findByText('No such image rollout')).toBeInTheDocument();
      expect(
        screen.getByText(`no record of a rollout with ID ‘${id}’`, { exact: false }),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'catalogs' })).toHaveAttribute('href', '/catalogs');
    },
  );
});
