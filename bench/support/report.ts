import { readFileSync, writeFileSync } from 'node:fs';

/** One measured figure: a median of `runs` runs, with the budget it is held to, if any. */
export interface BenchFigure {
  metric: string;
  value: number;
  unit: 'ms' | 'KB' | 'count' | 'ratio' | 'req/s' | 'score';
  runs: number;
  /** The figure passes when it is at most this (or at least, for `atLeast`). */
  budget?: { atMost?: number; atLeast?: number };
}

export interface BenchSection {
  name: string;
  /** What was measured on, e.g. "2,000 Citrix + 10,000 Rackspace images, preview build". */
  setup: string;
  figures: BenchFigure[];
}

export function withinBudget(figure: BenchFigure): boolean | null {
  if (!figure.budget) return null;
  const { atMost, atLeast } = figure.budget;
  if (atMost !== undefined && figure.value > atMost) return false;
  if (atLeast !== undefined && figure.value < atLeast) return false;
  return true;
}

function formatValue({ value, unit }: BenchFigure) {
  const rounded =
    unit === 'ratio' ? value.toFixed(2) : value >= 100 ? value.toFixed(0) : value.toFixed(1);
  return `${rounded} ${unit}`;
}

function formatBudget(figure: BenchFigure) {
  const { budget } = figure;
  if (!budget) return '';
  const limit = budget.atMost !== undefined ? `<= ${budget.atMost}` : `>= ${budget.atLeast}`;
  return `${limit} ${figure.unit} ${withinBudget(figure) ? 'ok' : 'OVER'}`;
}

export function printSection(section: BenchSection) {
  console.log(`\n${section.name} — ${section.setup}`);
  const rows = section.figures.map((figure) => ({
    metric: figure.metric,
    median: formatValue(figure),
    runs: figure.runs,
    budget: formatBudget(figure),
  }));
  console.table(rows);
}

/** Every figure of a run in one table, section by section. */
export function printSummary(sections: BenchSection[]) {
  console.log('\nAll figures (medians):');
  console.table(
    sections.flatMap((section) =>
      section.figures.map((figure) => ({
        section: section.name,
        metric: figure.metric,
        median: formatValue(figure),
        runs: figure.runs,
        budget: formatBudget(figure),
      })),
    ),
  );
}

/** Merges sections into bench/results.json, so one bench can be rerun without losing the others. */
export function saveSections(path: string, sections: BenchSection[]) {
  let existing: Record<string, BenchSection & { measuredAt: string }> = {};
  try {
    existing = JSON.parse(readFileSync(path, 'utf8')) as typeof existing;
  } catch {
    // First run, or an unreadable file: start afresh.
  }
  const measuredAt = new Date().toISOString();
  for (const section of sections) existing[section.name] = { ...section, measuredAt };
  writeFileSync(path, `${JSON.stringify(existing, null, 2)}\n`);
}
