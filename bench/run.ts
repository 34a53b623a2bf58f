/**
 * `npm run bench`: builds the console, then runs each benchmark against the preview build with the
 * simulator at scale, prints a table per benchmark and merges the figures into bench/results.json.
 * Time figures are medians of several runs; they belong here, never in timed unit tests.
 * `npm run bench -- gallery` runs only the benchmarks whose name contains "gallery".
 */
import { resolve } from 'node:path';
import {
  printSection,
  printSummary,
  saveSections,
  withinBudget,
  type BenchSection,
} from './support/report.ts';
import { bundleBenchmark } from './bundle.bench.ts';
import { galleryBenchmark } from './gallery.bench.ts';
import { lighthouseBenchmark } from './lighthouse.bench.ts';
import { phonePaintBenchmark } from './phone-paint.bench.ts';
import { proxyLoadBenchmark } from './proxy-load.bench.ts';
import { rolloutBenchmark } from './rollout.bench.ts';
import { runSessionsBench } from './sessions.bench.ts';

interface Benchmark {
  name: string;
  run(): Promise<BenchSection[]>;
}

// Each benchmark module registers here; they run one after another so they do not compete for
// the machine's cores.
const benchmarks: Benchmark[] = [
  bundleBenchmark,
  { name: 'sessions', run: runSessionsBench },
  galleryBenchmark,
  rolloutBenchmark,
  lighthouseBenchmark,
  phonePaintBenchmark,
  proxyLoadBenchmark,
];

const filter = process.argv[2];
const selected = benchmarks.filter((benchmark) => !filter || benchmark.name.includes(filter));
const sections: BenchSection[] = [];
for (const benchmark of selected) {
  console.log(`\n> ${benchmark.name}`);
  for (const section of await benchmark.run()) {
    printSection(section);
    sections.push(section);
  }
}
saveSections(resolve(import.meta.dirname, 'results.json'), sections);
// The whole run in one table, as the README's Performance section shows it.
printSummary(sections);
const over = sections.flatMap((s) => s.figures).filter((figure) => withinBudget(figure) === false);
console.log(`\n${sections.length} sections, ${over.length} figures over budget.`);
