/** A simulator on a manual clock, over real HTTP, and a cvad/manage client with its headers. */
import {
  createManualClock,
  startSimulator,
  type SimulatorConfig,
  type SimulatorHandle,
} from '../../server/simulator/index.ts';
import { mintCitrixToken } from '../support/simulator-token.ts';

export interface CvadSimulator {
  sim: SimulatorHandle;
  /** Calls `/cvad/manage{route}` with the token, customer and site headers a client sends. */
  call(route: string, init?: RequestInit): Promise<Response>;
  /** The path (after `/cvad/manage`) of a 202's `Location`, e.g. `/Jobs/{id}`. */
  jobPath(accepted: Response): string;
}

export async function startCvadSimulator(config: Partial<SimulatorConfig>): Promise<CvadSimulator> {
  const sim = await startSimulator({ config, clock: createManualClock() });
  const { customerId } = sim.credentials.citrix;
  const token = await mintCitrixToken(sim);
  const me = (await (
    await fetch(`${sim.url}/cvad/manage/me`, {
      headers: { Authorization: `CwsAuth bearer=${token}`, 'Citrix-CustomerId': customerId },
    })
  ).json()) as { Customers: { Sites: { Id: string }[] }[] };
  const headers = {
    Authorization: `CwsAuth bearer=${token}`,
    'Citrix-CustomerId': customerId,
    'Citrix-InstanceId': me.Customers[0]!.Sites[0]!.Id,
    'Content-Type': 'application/json',
  };
  return {
    sim,
    call: (route, init = {}) =>
      fetch(`${sim.url}/cvad/manage${route}`, {
        ...init,
        headers: { ...headers, ...(init.headers ?? {}) },
      }),
    jobPath: (accepted) =>
      new URL(accepted.headers.get('Location')!).pathname.replace('/cvad/manage', ''),
  };
}
