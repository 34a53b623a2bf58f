import { screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { machineQueries } from '../../../api/citrix/machines.ts';
import { meQueries } from '../../../api/console/me.ts';
import { meAs } from '../../../testing/handlers.ts';
import { machineFixture } from '../../../testing/machine-fixtures.ts';
import { server } from '../../../testing/msw-server.ts';
import { simulatePersonSite } from '../../../testing/person-site.ts';
import { render } from '../../../testing/render.tsx';
import { MachineCard } from './MachineCard.tsx';
import type * as MachineActionsModule from './MachineActions.tsx';

// Counts the actions' draws; they draw as they would. Unit tests share one module cache per
// worker (vitest.config.ts), so the test that counts imports the card afresh, with this mock.
const { actionsDrawn } = vi.hoisted(() => ({ actionsDrawn: vi.fn() }));
vi.mock('./MachineActions.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof MachineActionsModule>();
  return {
    MachineActions: (props: Parameters<typeof actual.MachineActions>[0]) => {
      actionsDrawn();
      return actual.MachineActions(props);
    },
  };
});

const shared = machineFixture(2);
const machineName = 'CONTOSO\\FS-VD-0002';

function renderCard(machineId = shared.Id) {
  return render(<MachineCard machineId={machineId} />);
}

const factOf = async (label: string) => {
  const table = await screen.findByRole('table', { name: `Machine ${machineName}` });
  return within(table).getByRole('rowheader', { name: label }).nextElementSibling as HTMLElement;
};

describe('the machine behind a session', { timeout: 15_000 }, () => {
  it('says its states in words, with the raw codes on hover, and a missing one as not reported', async () => {
    server.use(meAs('helpdesk'));
    simulatePersonSite();
    renderCard();
    expect(await factOf('Catalog')).toHaveTextContent('Finance Dedicated');
    expect(await factOf('Delivery group')).toHaveTextContent('Finance Desktops');
    expect(within(await factOf('Power state')).getByText('On')).toHaveAttribute(
      'title',
      'Code: On',
    );
    expect(within(await factOf('Registration')).getByTitle('Code: Registered')).toHaveTextContent(
      'Registered: ready to take sessions',
    );
    expect(await factOf('Maintenance mode')).toHaveTextContent('Off: it takes new sessions');
    expect(within(await factOf('Image')).getByTitle('Code: true')).toHaveTextContent(/Out of date/);
    expect(await factOf('Sessions on it')).toHaveTextContent('2 sessions');
  });

  it('restarts after a confirmation naming the machine and the sessions it ends, following the job to done', async () => {
    server.use(meAs('helpdesk'));
    const site = simulatePersonSite();
    const { user } = renderCard();
    const toolbar = await screen.findByRole('toolbar', { name: `Actions on ${machineName}` });
    await user.click(within(toolbar).getByRole('button', { name: 'Restart' }));
    const dialog = await screen.findByRole('dialog', { name: `Restart: ${machineName}` });
    expect(dialog).toHaveTextContent(
      `${machineName} shuts down and starts again. This ends 2 sessions on it`,
    );
    expect(site.calls).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Restart' }));
    expect(
      await within(dialog).findByText('Restarting: waiting for the job to finish…'),
    ).toBeVisible();
    expect(await within(dialog).findByText('Done: the machine restarted.')).toBeVisible();
    expect(site.calls).toEqual([`reboot ${machineName} async=true`]);
    // The machine is read again behind the dialog (no sessions now), and the dialog still says
    // what was confirmed, not what a restart would do to the machine as it is now.
    await waitFor(() => expect(document.body).toHaveTextContent(/Sessions on it\s*no sessions/));
    expect(dialog).toHaveTextContent('This ends 2 sessions on it');
    expect(dialog).not.toHaveTextContent('No session runs on it now');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    // The result stays beside the machine, which is read again: its sessions have ended.
    expect(await screen.findByText('Done: the machine restarted.')).toBeVisible();
    expect(await factOf('Sessions on it')).toHaveTextContent('no sessions');
  });

  it('turns maintenance mode on, then offers to turn it off', async () => {
    server.use(meAs('helpdesk'));
    const site = simulatePersonSite();
    const { user } = renderCard();
    await user.click(await screen.findByRole('button', { name: 'Turn maintenance mode on' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Turn maintenance mode on: ${machineName}`,
    });
    expect(dialog).toHaveTextContent(
      `No new sessions start on ${machineName} until maintenance mode is turned off. The 2 sessions on it keep running.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Turn maintenance mode on' }));
    expect(await within(dialog).findByText('Done: maintenance mode is on.')).toBeVisible();
    expect(site.calls).toEqual([`maintenance ${machineName} {"InMaintenanceMode":true}`]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await factOf('Maintenance mode')).toHaveTextContent('On: no new sessions start on it');
    expect(await screen.findByRole('button', { name: 'Turn maintenance mode off' })).toBeEnabled();
  });

  it('says in words why a restart failed', async () => {
    server.use(meAs('helpdesk'));
    simulatePersonSite({ jobEnd: 'Failed' });
    const { user } = renderCard();
    await user.click(await screen.findByRole('button', { name: 'Restart' }));
    const dialog = await screen.findByRole('dialog', { name: `Restart: ${machineName}` });
    await user.click(within(dialog).getByRole('button', { name: 'Restart' }));
    // The job's own ErrorString is the service's text; the console says what happened in its words.
    const alert = await within(dialog).findByText(
      'The cloud accepted it, but its job ended without success.',
    );
    expect(alert).toBeVisible();
    expect(within(dialog).queryByText(/hypervisor refused/)).toBeNull();
    expect(within(dialog).getByText('Restart did not succeed')).toBeVisible();
    expect(within(dialog).queryByText('Done: the machine restarted.')).toBeNull();
  });

  it('shows a viewer the actions disabled, with the reason', async () => {
    server.use(meAs('viewer'));
    const site = simulatePersonSite();
    const { user } = renderCard();
    const restart = await screen.findByRole('button', { name: 'Restart' });
    expect(restart).toHaveAttribute('aria-disabled', 'true');
    expect(restart).toHaveAccessibleDescription(
      'Your role, viewer, cannot restart machines or change maintenance mode.',
    );
    expect(screen.getByRole('button', { name: 'Turn maintenance mode on' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(restart);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(site.calls).toEqual([]);
  });

  it('draws its actions once when its read switches on and answers the machine unchanged', async () => {
    server.use(meAs('helpdesk'));
    simulatePersonSite();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // The role, and the machine as a person's page has it from the search that found it.
    await queryClient.prefetchQuery(meQueries.current());
    await queryClient.prefetchQuery(machineQueries.detail(shared.Id));
    vi.resetModules();
    const { MachineCard: CountedCard } = await import('./MachineCard.tsx');
    actionsDrawn.mockClear();
    render(<CountedCard machineId={shared.Id} />, { queryClient });
    expect(await screen.findByRole('toolbar', { name: `Actions on ${machineName}` })).toBeVisible();
    // After the first paint the card reads its machine again: the same answer.
    await waitFor(() =>
      expect(
        queryClient.getQueryState(machineQueries.detail(shared.Id).queryKey)?.dataUpdateCount,
      ).toBe(2),
    );
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(actionsDrawn).toHaveBeenCalledTimes(1);
  });

  it('reads a machine whose states are null as not reported', async () => {
    server.use(meAs('helpdesk'));
    simulatePersonSite();
    render(<MachineCard machineId={machineFixture(3).Id} />);
    const table = await screen.findByRole('table', { name: 'Machine CONTOSO\\FS-VD-0003' });
    const power = within(table).getByRole('rowheader', { name: 'Power state' });
    expect(power.nextElementSibling).toHaveTextContent('Not reported');
  });
});
