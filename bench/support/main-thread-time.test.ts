import { describe, expect, it } from 'vitest';
import { Graph } from 'lighthouse/core/lib/lantern/lantern.js';
import { withTaskCpuTime } from './main-thread-time.ts';

/** A main-thread task as Lantern reads it from a trace: 40 ms of wall time, 6 ms of it working. */
function task(cpuTimeUs?: number) {
  const event = {
    name: 'RunTask',
    ph: 'X',
    pid: 1,
    tid: 1,
    ts: 1_000,
    dur: 40_000,
    tdur: cpuTimeUs,
  };
  return new Graph.CPUNode(event as unknown as ConstructorParameters<typeof Graph.CPUNode>[0]);
}

describe('withTaskCpuTime', () => {
  it("reads a task's duration from its CPU time while the audit runs, and its wall time after", async () => {
    const node = task(6_000);
    expect(node.duration).toBe(40_000);
    expect(await withTaskCpuTime(async () => node.duration)).toBe(6_000);
    expect(node.duration).toBe(40_000);
  });

  it('keeps the wall time of a task that recorded no CPU time', async () => {
    expect(await withTaskCpuTime(async () => task(undefined).duration)).toBe(40_000);
  });

  it('never makes a task longer than its wall time', async () => {
    expect(await withTaskCpuTime(async () => task(55_000).duration)).toBe(40_000);
  });

  it('puts the wall time back when the audit fails', async () => {
    const failing = withTaskCpuTime(async () => {
      throw new Error('audit failed');
    });
    await expect(failing).rejects.toThrow('audit failed');
    expect(task(6_000).duration).toBe(40_000);
  });
});
