import type { SimulatorHandle } from '../../server/simulator/index.ts';

/**
 * Moves the clock of a simulator started with `createManualClock()` on by `seconds`, over HTTP
 * (`POST /__sim/tick`) as a test in another process would, instead of sleeping in real time.
 */
export async function tickSimulator(simulator: Pick<SimulatorHandle, 'url'>, seconds: number) {
  const response = await fetch(`${simulator.url}/__sim/tick`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seconds }),
  });
  if (!response.ok) throw new Error(`The simulator refused to tick: ${response.status}`);
  return (await response.json()) as { now: number; time: string };
}
