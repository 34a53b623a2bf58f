/**
 * Lighthouse's mobile figures once more, from the same run, at the CPU slowdown that Lighthouse's
 * own calibration gives for the host instead of the preset's fixed 4x.
 *
 * The preset's 4x assumes a host about as fast as the desktops it was set on: Lighthouse's
 * throttling docs send anyone whose host is faster or slower to its calculator, which maps the
 * host's `benchmarkIndex` to the multiplier that makes it the same phone
 * (patrickhulce/lighthouse-cpu-throttling-calculator: 1,300 is 3x, 1,533 4x, 2,000 6x). The
 * bench's hosts have read from 1,569 (4.2x) to 2,771 (9.3x): at 4x, a faster host measures a
 * faster phone. Under the preset Lighthouse does not throttle the load itself (it simulates the
 * phone from an unthrottled trace), so the same artifacts audited with another multiplier are
 * exactly what a run with that multiplier would give. Beside the preset's figures, not instead
 * of them: the targets are the preset's.
 */
import { auditFlowArtifacts, type Artifacts, type Config, type Flags } from 'lighthouse';
import { withTaskCpuTime } from './main-thread-time.ts';

/** The calculator's multiplier for a `benchmarkIndex` (its piecewise lines, below 150 none). */
export function calibratedMultiplier(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

export interface CalibratedFigures {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  /**
   * The same three at the same slowdown from each task's CPU time (main-thread-time.ts). The
   * calibrated multiplier says how much slower the phone's core is than this host's; a phone's
   * main thread does not wait for a core behind the console's server and Lighthouse as it does
   * on this two-core host, and the wall-clock figures multiply those waits too. A lower bound,
   * as main-thread-time.ts says.
   */
  fromWork: { performance: number; lcpMs: number; tbtMs: number };
}

/** Audits a mobile run's artifacts again at the host's calibrated CPU slowdown. */
export async function atCalibratedSlowdown(
  artifacts: Artifacts,
  flags: Flags,
  benchmarkIndex: number,
): Promise<CalibratedFigures> {
  const multiplier = calibratedMultiplier(benchmarkIndex);
  const onlyCategories = ['performance'];
  // Lighthouse refuses settings other than the gathered ones, so the artifacts say they were
  // gathered with the same throttling and categories as the audit asks for.
  const throttling = { ...artifacts.settings.throttling, cpuSlowdownMultiplier: multiplier };
  const config: Config = { extends: 'lighthouse:default', settings: { throttling } };
  const auditAgain = async () => {
    const flow = await auditFlowArtifacts(
      {
        name: 'calibrated',
        gatherSteps: [
          {
            artifacts: {
              ...artifacts,
              settings: { ...artifacts.settings, throttling, onlyCategories },
            },
            flags: { ...flags, onlyCategories },
          },
        ],
      },
      config,
    );
    return flow.steps[0]?.lhr;
  };
  const [lhr, fromWork] = [await auditAgain(), await withTaskCpuTime(auditAgain)];
  return { ...figuresOf(lhr), fromWork: figuresOf(fromWork) };
}

type Report = Awaited<ReturnType<typeof auditFlowArtifacts>>['steps'][number]['lhr'];

function figuresOf(lhr: Report | undefined) {
  return {
    performance: (lhr?.categories.performance?.score ?? 0) * 100,
    lcpMs: lhr?.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr?.audits['total-blocking-time']?.numericValue ?? NaN,
  };
}
