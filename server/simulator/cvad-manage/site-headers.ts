import type { createTestSimulator } from '../test-support.ts';

/** Headers of a cvad/manage client at the test simulator's site: token, customer, site, JSON. */
export async function siteHeaders(
  sim: ReturnType<typeof createTestSimulator>,
): Promise<Record<string, string>> {
  return {
    ...sim.cvadHeaders(await sim.citrixToken()),
    'Citrix-InstanceId': sim.ctx.dataset.customer.site.id,
    'Content-Type': 'application/json',
  };
}
