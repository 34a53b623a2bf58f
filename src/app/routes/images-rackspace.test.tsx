import { screen, waitFor, within } from '@testing-library/react';
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

afterEach(() => {
  vi.useRealTimers();
});

describe('Image gallery, Rackspace', () => {
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
