import { simulatorVariables, type NumericSimulatorConfig, type SimulatorConfig } from './config.ts';

type Key = keyof NumericSimulatorConfig;

const percent = (rate: number) => `${Number((rate * 100).toFixed(2))}%`;

/** The knobs that make the simulated clouds misbehave, each with what it does when on. */
const faultKnobs: readonly (readonly [Key, (config: SimulatorConfig) => string])[] = [
  ['latencyMs', (c) => `every answer ${c.latencyMs} ms late`],
  ['fault5xxRate', (c) => `${percent(c.fault5xxRate)} of API requests answer 500 or 503`],
  [
    'faultRateLimitRate',
    (c) =>
      `${percent(c.faultRateLimitRate)} answer 429, or 413 overLimit from Rackspace, ` +
      `Retry-After ${c.retryAfterSeconds} s`,
  ],
  ['faultResetRate', (c) => `${percent(c.faultResetRate)} of reads cut off mid-body`],
  ['faultMalformedRate', (c) => `${percent(c.faultMalformedRate)} of reads answer truncated JSON`],
  ['hostileData', () => 'names and free text carry script payloads, long and odd text'],
];

const dataKeys: readonly Key[] = [
  'seed',
  'sessions',
  'citrixImages',
  'catalogs',
  'rackspaceImages',
];

const envName = (key: Key) => simulatorVariables[key].env;

/**
 * Two lines for a start-up log: which fault knobs are on (SIM_* variable, value, effect), and the
 * data the simulator generated, with any other setting changed from its default.
 */
export function describeSimulatorSetup(config: SimulatorConfig): string[] {
  const on = faultKnobs.filter(([key]) => config[key] > 0);
  const faults =
    on.length > 0
      ? `Simulator faults on: ${on
          .map(([key, effect]) => `${envName(key)}=${config[key]} (${effect(config)})`)
          .join('; ')}`
      : `Simulator faults: none on (${faultKnobs
          .map(([key]) => envName(key))
          .join(', ')
          .replace(/, (\w+)$/, ' and $1')} are off)`;
  const faultKeys = new Set(faultKnobs.map(([key]) => key));
  const changed = (Object.keys(simulatorVariables) as Key[])
    .filter((key) => !faultKeys.has(key) && !dataKeys.includes(key))
    .filter((key) => config[key] !== simulatorVariables[key].fallback)
    .map((key) => `${envName(key)}=${config[key]} (default ${simulatorVariables[key].fallback})`);
  const data =
    `Simulator data: seed ${config.seed}, ${config.sessions} sessions, ` +
    `${config.citrixImages} Citrix images, ${config.catalogs} catalogs, ` +
    `${config.rackspaceImages} Rackspace images` +
    (changed.length > 0 ? `; changed: ${changed.join(', ')}` : '');
  return [faults, data];
}
