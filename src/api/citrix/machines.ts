import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { notReported, optionalText } from '../../../contracts/not-reported.ts';
import { cvadApi } from '../../lib/api-clients.ts';
import { auditQueries } from '../console/audit.ts';
import { settleAction } from './job-actions.ts';
import { machineSearchCall, type MachineSearch } from './search-requests.ts';
import { sessionQueries } from './sessions.ts';

export type { JobOutcome } from './job-actions.ts';

// The API sends unknown values as null (seed 003 writes most machine fields so) and a `fields=`
// request leaves the rest out: every field but the Id may be missing.
const text = optionalText;
const flag = notReported(z.boolean());
const ref = z.object({ Id: text, Name: text });

/** The parts of cvad/manage's `MachineResponseModel` the console shows. */
export const machineSchema = z.object({
  Id: z.string(),
  Name: text,
  DnsName: text,
  MachineCatalog: z.nullish(ref),
  DeliveryGroup: z.nullish(ref),
  PowerState: text,
  RegistrationState: text,
  SummaryState: text,
  FaultState: text,
  InMaintenanceMode: flag,
  PowerActionPending: flag,
  SessionCount: notReported(z.number().check(z.int())),
  SessionSupport: text,
  Hosting: z.nullish(z.object({ ImageOutOfDate: flag, HostedMachineName: text })),
});

export type Machine = z.infer<typeof machineSchema>;

/** `MachineResponseModelCollection`; `TotalItems` comes with `$search`. */
export const machinePageSchema = z.object({
  Items: z.array(machineSchema),
  ContinuationToken: text,
  TotalItems: notReported(z.number().check(z.int())),
});

/** A machine's path segment: its Id, or its `DOMAIN\host` name written `DOMAIN|host`. */
const machinePath = (nameOrId: string) =>
  `Machines/${encodeURIComponent(nameOrId.replace('\\', '|'))}`;

export async function getMachine(nameOrId: string, signal?: AbortSignal) {
  return machineSchema.parse(await cvadApi.get(machinePath(nameOrId), { signal }).json());
}

export async function searchMachines(search: MachineSearch, signal?: AbortSignal) {
  const { path, searchParams, json } = machineSearchCall(search);
  const body = await cvadApi.post(path, { json, searchParams, signal }).json();
  return machinePageSchema.parse(body);
}

export const machineQueries = {
  all: () => ['citrix', 'machines'] as const,
  lists: () => [...machineQueries.all(), 'list'] as const,
  /** The machines a `$search` finds, e.g. those a person has sessions on. */
  list: (search: MachineSearch) =>
    queryOptions({
      queryKey: [...machineQueries.lists(), search] as const,
      queryFn: async ({ signal, client }) => {
        const asked = Date.now();
        const page = await searchMachines(search, signal);
        seedMachineDetails(client, page.Items, asked);
        return page;
      },
      // The person route reads this while its code loads: a result that fresh is not read again
      // when the page's query takes it over.
      staleTime: 5_000,
    }),
  details: () => [...machineQueries.all(), 'detail'] as const,
  detail: (nameOrId: string) =>
    queryOptions({
      queryKey: [...machineQueries.details(), nameOrId] as const,
      queryFn: ({ signal }) => getMachine(nameOrId, signal),
    }),
};

/**
 * A search answers with each machine's whole model, as its own read would: each is kept as that
 * machine's detail, so a card under the list draws at once instead of asking again (a person's
 * page read its three machines one by one after the search had just sent them). A detail read
 * since the search was asked is newer and stays.
 */
function seedMachineDetails(client: QueryClient, machines: Machine[], asked: number) {
  for (const machine of machines) {
    const { queryKey } = machineQueries.detail(machine.Id);
    if ((client.getQueryState(queryKey)?.dataUpdatedAt ?? 0) >= asked) continue;
    client.setQueryData(queryKey, machine);
  }
}

/** `$reboot?async=true`, followed to the end of its `RebootMachines` job. */
export function restartMachine(machineId: string) {
  return settleAction(() =>
    cvadApi.post(`${machinePath(machineId)}/$reboot`, { searchParams: { async: true } }),
  );
}

/** `PATCH {InMaintenanceMode}` with `async=true`, followed to the end of its job. */
export function setMaintenance({ machineId, on }: { machineId: string; on: boolean }) {
  return settleAction(() =>
    cvadApi.patch(machinePath(machineId), {
      json: { InMaintenanceMode: on },
      searchParams: { async: true },
    }),
  );
}

/** Reads again what a machine action changes: machines, their sessions and the audit trail. */
function useMachineInvalidation() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: machineQueries.all() }),
      // A restart ends every session on the machine. Lists only: reading an ended session's
      // details or applications again would only answer 404 (a detail refetches when next shown).
      queryClient.invalidateQueries({ queryKey: sessionQueries.lists() }),
      queryClient.invalidateQueries({ queryKey: auditQueries.lists() }),
    ]);
}

/** Restarts a machine; resolves to how its job ended (never rejects). */
export function useRestartMachine() {
  const invalidate = useMachineInvalidation();
  return useMutation({ mutationFn: restartMachine, onSettled: invalidate });
}

/** Turns maintenance mode on or off; resolves to how its job ended (never rejects). */
export function useSetMaintenance() {
  const invalidate = useMachineInvalidation();
  return useMutation({ mutationFn: setMaintenance, onSettled: invalidate });
}
