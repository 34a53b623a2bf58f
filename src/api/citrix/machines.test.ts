import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { machineFixture } from '../../testing/machine-fixtures.ts';
import { server } from '../../testing/msw-server.ts';
import { machineQueries, machineSchema } from './machines.ts';

const detailOf = (n: number) => machineQueries.detail(machineFixture(n).Id).queryKey;
/** A machine as the console keeps it, parsed. */
const machine = (...args: Parameters<typeof machineFixture>) =>
  machineSchema.parse(machineFixture(...args));

describe('a machine search', () => {
  it('keeps each machine it finds as that machine’s detail, but not over a newer read', async () => {
    const client = new QueryClient();
    // Read a minute before the search: the search's answer is newer.
    client.setQueryData(detailOf(3), machine(3, { InMaintenanceMode: true }), {
      updatedAt: Date.now() - 60_000,
    });
    // Read while the search was on its way: it saw the machine turned off since.
    const turnedOff = machine(1, { PowerState: 'Off' });
    server.use(
      http.post(/\/api\/cvad\/manage\/Machines\/\$search/, () => {
        client.setQueryData(detailOf(1), turnedOff);
        return HttpResponse.json({
          Items: [machineFixture(1), machineFixture(2), machineFixture(3)],
          ContinuationToken: null,
          TotalItems: 3,
        });
      }),
    );

    await client.fetchQuery(machineQueries.list({ filters: [], limit: 10 }));

    expect(client.getQueryData(detailOf(1))).toEqual(turnedOff);
    expect(client.getQueryData(detailOf(2))).toEqual(machine(2));
    expect(client.getQueryData(detailOf(3))).toEqual(machine(3));
  });
});
