/**
 * Lighthouse's TBT for a run once more, from the same trace, with each main-thread task's own
 * CPU time in place of its wall-clock time.
 *
 * Lighthouse's mobile preset loads the page unthrottled and simulates the slow phone from the
 * trace (Lantern): each main-thread task's wall-clock time, 4x (2x for a task that laid out).
 * On this host (two shared cores, with the console's server, Lighthouse's tracing, the kernel and
 * Chromium's other threads beside the page) much of a task's wall-clock time is the thread
 * waiting for a core, not working, and that wait is multiplied as if it were the page's work.
 * The trace records each task's CPU time too (`tdur`). Audited again with that as each task's
 * duration, everything else the same (the requests, their timing, the simulation), TBT says what
 * the page's own work blocks. It is a lower bound: CPU time also leaves out waits a phone has too,
 * only shorter (another process's answer, such as a font lookup's). Beside the figure the target
 * is read from, not instead of it.
 *
 * The second audit reads the run's artifacts in memory (`auditFlowArtifacts`) with Lantern's
 * `CPUNode.duration` read from the task's CPU time while it runs; a diagnostic only, not a
 * target.
 */
import { auditFlowArtifacts, type Artifacts, type Config, type Flags } from 'lighthouse';
import { Graph } from 'lighthouse/core/lib/lantern/lantern.js';

/** The part of a trace event read here: the thread's CPU time, which most tasks record. */
interface TaskEvent {
  tdur?: number;
}

/**
 * Runs `audit` with Lantern reading each main-thread task's duration from its CPU time, then puts
 * the wall-clock reading back. Audits run one at a time here, so nothing else sees the swap.
 */
export async function withTaskCpuTime<T>(audit: () => Promise<T>): Promise<T> {
  const prototype = Graph.CPUNode.prototype;
  const wallTime = Object.getOwnPropertyDescriptor(prototype, 'duration')!;
  Object.defineProperty(prototype, 'duration', {
    configurable: true,
    get(this: InstanceType<typeof Graph.CPUNode>) {
      const event = this.event as unknown as TaskEvent;
      const wall = wallTime.get!.call(this) as number;
      // A task without thread time (rare) keeps its wall time; never more than that.
      return event.tdur === undefined ? wall : Math.min(wall, event.tdur);
    },
  });
  try {
    return await audit();
  } finally {
    Object.defineProperty(prototype, 'duration', wallTime);
  }
}

export async function tbtFromWorkAlone(
  artifacts: Artifacts,
  flags: Flags,
  config: Config | undefined,
): Promise<number> {
  const onlyAudits = ['total-blocking-time'];
  return withTaskCpuTime(async () => {
    const flow = await auditFlowArtifacts(
      {
        name: 'work alone',
        gatherSteps: [
          {
            // Only TBT is audited again; Lighthouse refuses settings other than the gathered
            // ones, so the artifacts say they were gathered for it.
            artifacts: { ...artifacts, settings: { ...artifacts.settings, onlyAudits } },
            flags: { ...flags, onlyAudits },
          },
        ],
      },
      config,
    );
    return flow.steps[0]?.lhr.audits['total-blocking-time']?.numericValue ?? NaN;
  });
}
