import type { z } from 'zod';
import type { machineSchema } from '../api/citrix/machines.ts';

/** What `machineSchema` parses, so a fixture field the contract lacks fails typecheck. */
export type MachineInput = z.input<typeof machineSchema>;

/** A MachineResponseModel as cvad/manage sends it (the parts the console reads), with its nulls. */
export function machineFixture(n: number, overrides: Partial<MachineInput> = {}): MachineInput {
  return {
    Id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    Name: `CONTOSO\\FS-VD-${String(n).padStart(4, '0')}`,
    DnsName: `fs-vd-${String(n).padStart(4, '0')}.corp.contoso.com`,
    MachineCatalog: { Id: 'cat-0', Name: 'Finance Dedicated' },
    DeliveryGroup: { Id: 'dg-0', Name: 'Finance Desktops' },
    PowerState: 'On',
    RegistrationState: 'Registered',
    SummaryState: 'InUse',
    FaultState: 'None',
    InMaintenanceMode: false,
    PowerActionPending: false,
    SessionCount: 1,
    SessionSupport: 'SingleSession',
    Hosting: { ImageOutOfDate: false, HostedMachineName: null },
    ...overrides,
  };
}
