import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inFlightRefreshMs } from '../../api/rackspace/images.ts';
import { rackspaceImage, rackspaceListHandler } from '../../testing/image-fixtures.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';

function serveImages(images: () => ReturnType<typeof rackspaceImage>[]) {
  const requests: URL[] = [];
  server.use(rackspaceListHandler(images, requests));
  return requests;
}

const fifty = Array.from({ length: 50 }, (_, i) => rackspaceImage(i + 1));

afterEach(() => {
  vi.useRealTimers();
});

describe('Image gallery, Rackspace', () => {
  it('pages with limit + marker, back through a marker stack, and handles the empty last page', async () => {
    const requests = serveImages(() => fifty);
    const { user, router } = render(undefined, { route: '/images?provider=rackspace&limit=25' });
    expect(
      await screen.findByRole('article', { name: 'web01-ubuntu-snapshot-1' }),
    ).toBeInTheDocument();
    expect(requests.at(-1)?.searchParams.get('limit')).toBe('25');
    expect(requests.at(-1)?.searchParams.has('marker')).toBe(false);
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(
      await screen.findByRole('article', { name: 'web01-ubuntu-snapshot-26' }),
    ).toBeInTheDocument();
    expect(requests.at(-1)?.searchParams.get('marker')).toBe(fifty[24]!.id);
    expect(screen.getByText('Page 2')).toBeInTheDocument();

    // The second page was full, so Rackspace linked a third one, which is empty.
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('End of the list')).toBeInTheDocument();
    expect(requests.at(-1)?.searchParams.get('marker')).toBe(fifty[49]!.id);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(
      await screen.findByRole('article', { name: 'web01-ubuntu-snapshot-26' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(
      await screen.findByRole('article', { name: 'web01-ubuntu-snapshot-1' }),
    ).toBeInTheDocument();
    // Markers are opaque: they never reach the address bar.
    expect(router.state.location.search).toBe('?provider=rackspace&limit=25');
  });

  it('sends type, status, exact name and changes-since to the API, starting again at page 1', async () => {
    const requests = serveImages(() => fifty);
    const { user, router } = render(undefined, { route: '/images?provider=rackspace&limit=25' });
    await screen.findByRole('article', { name: 'web01-ubuntu-snapshot-1' });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2');

    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Snapshots' }));
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('type')).toBe('snapshot'));
    expect(requests.at(-1)?.searchParams.has('marker')).toBe(false);
    expect(await screen.findByText('Page 1')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Saving' }));
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('status')).toBe('SAVING'));

    await user.type(screen.getByRole('textbox', { name: 'Exact name' }), 'Daily-web01{Enter}');
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('name')).toBe('Daily-web01'));

    fireEvent.change(screen.getByLabelText('Changed since'), { target: { value: '2026-10-01' } });
    await waitFor(() =>
      expect(requests.at(-1)?.searchParams.get('changes-since')).toBe('2026-10-01T00:00:00Z'),
    );
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      provider: 'rackspace',
      limit: '25',
      type: 'snapshot',
      status: 'SAVING',
      name: 'Daily-web01',
      since: '2026-10-01',
    });
  });

  it('refreshes while an image is SAVING, shows its progress, and stops once it is ACTIVE', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let saving = true;
    const requests = serveImages(() => [
      saving ? rackspaceImage(1, { status: 'SAVING', progress: 50 }) : rackspaceImage(1),
      rackspaceImage(2),
    ]);
    render(undefined, { route: '/images?provider=rackspace' });

    expect(
      await screen.findByRole('progressbar', { name: 'web01-ubuntu-snapshot-1: 50% done' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/following 1 image in progress/)).toBeInTheDocument();
    expect(requests).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(inFlightRefreshMs);
    await waitFor(() => expect(requests).toHaveLength(2));
    saving = false;
    await vi.advanceTimersByTimeAsync(inFlightRefreshMs);
    await waitFor(() => expect(requests).toHaveLength(3));
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.getByRole('article', { name: 'web01-ubuntu-snapshot-1' })).toHaveTextContent(
      'Active',
    );

    await vi.advanceTimersByTimeAsync(inFlightRefreshMs * 4);
    expect(requests).toHaveLength(3);
  });

  it('shows images whose size is a string of digits or whose metadata values are null, in cards and table', async () => {
    // Image 1's size is "1048576000", image 2's kernel_id and ramdisk_id are null (image-fixtures.ts);
    // image 3 leaves its type and OS unset (null), which means unknown, not a base image.
    serveImages(() => [
      rackspaceImage(1),
      rackspaceImage(2),
      rackspaceImage(3, {
        metadata: { image_type: null, os_distro: null, os_type: null, kernel_id: null },
      }),
    ]);
    const { user } = render(undefined, { route: '/images?provider=rackspace' });

    const stringSize = await screen.findByRole('article', { name: 'web01-ubuntu-snapshot-1' });
    expect(stringSize).toHaveTextContent('Ubuntu 24.04 · Snapshot');
    expect(screen.getByRole('article', { name: 'web01-ubuntu-snapshot-2' })).toHaveTextContent(
      'Ubuntu 24.04 · Snapshot',
    );
    const unknown = screen.getByRole('article', { name: 'web01-ubuntu-snapshot-3' });
    expect(unknown).toHaveTextContent('Active');
    expect(unknown).not.toHaveTextContent(/Snapshot|Base image|null/);

    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: 'Images' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'web01-ubuntu-snapshot-1',
      'web01-ubuntu-snapshot-2',
      'web01-ubuntu-snapshot-3',
    ]);
    expect(rows[2]).not.toHaveTextContent(/Snapshot|Base image|null/);
  });
});
