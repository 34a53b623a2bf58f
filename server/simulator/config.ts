import { z } from 'zod';

/** The settings that are numbers, each with one row in `simulatorVariables`. */
export interface NumericSimulatorConfig {
  /** SIM_SEED: drives every generated value and the fault sequence. */
  seed: number;
  sessions: number;
  citrixImages: number;
  catalogs: number;
  rackspaceImages: number;
  citrixTokenTtlSeconds: number;
  rackspaceTokenTtlSeconds: number;
  /** Delay added to every request, to make loading states visible. */
  latencyMs: number;
  /** Fraction (0..1) of resource requests answered 500/503. */
  fault5xxRate: number;
  /** Fraction (0..1) of resource requests answered 429 (Citrix) / 413 overLimit (Rackspace). */
  faultRateLimitRate: number;
  retryAfterSeconds: number;
  /** SIM_IMAGE_BUILD_SECONDS: how long an image in flight (Citrix Pending/Importing/Builder*, Rackspace SAVING) takes to settle. */
  imageBuildSeconds: number;
  /** SIM_ROLLOUT_SECONDS: how long a catalog image update takes from `$updateImage` to its end. */
  rolloutSeconds: number;
  /** SIM_CONTINUATION_TOKEN_TTL_SECONDS: how long a cvad/manage continuation token stays valid. */
  continuationTokenTtlSeconds: number;
  /** SIM_FAULT_RESET_RATE: fraction (0..1) of reads whose connection is cut mid-body. */
  faultResetRate: number;
  /** SIM_FAULT_MALFORMED_RATE: fraction (0..1) of reads answered 200 with truncated JSON. */
  faultMalformedRate: number;
  /** SIM_HOSTILE_DATA: 1 fills names and free-text fields with script payloads, long and odd text. */
  hostileData: number;
  /**
   * SIM_CLOCK_RATE: the embedded simulator's clock (and the console's plan runner, which reads the
   * same clock) runs this many times faster from process start; 1 is the wall clock. For
   * end-to-end tests of scheduled plans; ignored when a test passes its own clock.
   */
  clockRate: number;
}

export interface SimulatorConfig extends NumericSimulatorConfig {
  /**
   * SIM_RACKSPACE_FAILING_REGIONS: Rackspace regions (comma-separated, e.g. `ord,syd`) whose
   * compute API answers every tenant request 503, as a region in an outage does; the others
   * answer as usual. Off (empty) unless set.
   */
  rackspaceFailingRegions: readonly string[];
}

type NumericKey = keyof NumericSimulatorConfig;

interface VariableSpec {
  env: string;
  kind: 'integer' | 'rate';
  min: number;
  max: number;
  fallback: number;
}

const integer = (env: string, min: number, max: number, fallback: number): VariableSpec => ({
  env,
  kind: 'integer',
  min,
  max,
  fallback,
});

/** Every rate is a fraction from 0 to 1, off unless set. */
const rate = (env: string): VariableSpec => ({ env, kind: 'rate', min: 0, max: 1, fallback: 0 });

/** One row per environment variable: its name, allowed range and default. */
export const simulatorVariables: Record<NumericKey, VariableSpec> = {
  seed: integer('SIM_SEED', 0, 4294967295, 42),
  sessions: integer('SIM_SESSIONS', 0, 1_000_000, 5000),
  citrixImages: integer('SIM_CITRIX_IMAGES', 0, 100_000, 60),
  catalogs: integer('SIM_CATALOGS', 1, 10_000, 24),
  rackspaceImages: integer('SIM_RACKSPACE_IMAGES', 0, 100_000, 200),
  citrixTokenTtlSeconds: integer('SIM_CITRIX_TOKEN_TTL_SECONDS', 1, 604_800, 3600),
  rackspaceTokenTtlSeconds: integer('SIM_RACKSPACE_TOKEN_TTL_SECONDS', 1, 604_800, 86_400),
  latencyMs: integer('SIM_LATENCY_MS', 0, 60_000, 0),
  fault5xxRate: rate('SIM_FAULT_5XX_RATE'),
  faultRateLimitRate: rate('SIM_FAULT_RATE_LIMIT_RATE'),
  retryAfterSeconds: integer('SIM_RETRY_AFTER_SECONDS', 0, 3600, 2),
  imageBuildSeconds: integer('SIM_IMAGE_BUILD_SECONDS', 1, 86_400, 180),
  rolloutSeconds: integer('SIM_ROLLOUT_SECONDS', 1, 86_400, 180),
  continuationTokenTtlSeconds: integer('SIM_CONTINUATION_TOKEN_TTL_SECONDS', 1, 86_400, 900),
  faultResetRate: rate('SIM_FAULT_RESET_RATE'),
  faultMalformedRate: rate('SIM_FAULT_MALFORMED_RATE'),
  hostileData: integer('SIM_HOSTILE_DATA', 0, 1, 0),
  clockRate: integer('SIM_CLOCK_RATE', 1, 3600, 1),
};

const configKeys = Object.keys(simulatorVariables) as NumericKey[];

function describe(spec: VariableSpec, name: string): string {
  const what = spec.kind === 'integer' ? 'an integer' : 'a number';
  return `${name} must be ${what} from ${spec.min} to ${spec.max}`;
}

function numberSchema(spec: VariableSpec) {
  const base = z.number().min(spec.min).max(spec.max);
  return spec.kind === 'integer' ? base.int() : base;
}

/** Environment values are strings; an unset or empty variable takes its default. */
function envSchema(spec: VariableSpec) {
  const pattern = spec.kind === 'integer' ? /^\d+$/ : /^\d+(\.\d+)?$/;
  return z
    .string()
    .trim()
    .optional()
    .transform((raw) => (raw === undefined || raw === '' ? String(spec.fallback) : raw))
    .pipe(z.string().regex(pattern).transform(Number).pipe(numberSchema(spec)));
}

const envObjectSchema = z.object(
  Object.fromEntries(
    configKeys.map((key) => [simulatorVariables[key].env, envSchema(simulatorVariables[key])]),
  ),
);

const configObjectSchema = z.object(
  Object.fromEntries(configKeys.map((key) => [key, numberSchema(simulatorVariables[key])])),
);

/** Finds a variable's spec by its config key or by its environment name. */
const specsByName = new Map<string, VariableSpec>(
  configKeys.flatMap((key) => [
    [key, simulatorVariables[key]],
    [simulatorVariables[key].env, simulatorVariables[key]],
  ]),
);

function failure(
  issues: z.core.$ZodIssue[],
  source: Record<string, unknown>,
  nameOf: (key: string) => string,
) {
  const lines = issues.map((issue) => {
    const key = String(issue.path[0]);
    const spec = specsByName.get(key);
    const got = JSON.stringify(source[key]);
    return spec ? `${describe(spec, nameOf(key))} (got ${got})` : `${key}: ${issue.message}`;
  });
  return new Error(`Invalid simulator configuration: ${lines.join('; ')}`);
}

/** Reads SIM_* variables; throws an Error naming each bad variable and its allowed range. */
export function readSimulatorConfig(env: Record<string, string | undefined>): SimulatorConfig {
  const parsed = envObjectSchema.safeParse(env);
  if (!parsed.success) throw failure(parsed.error.issues, env, (key) => key);
  const values = parsed.data as Record<string, number>;
  const numbers = Object.fromEntries(
    configKeys.map((key) => [key, values[simulatorVariables[key].env]]),
  ) as unknown as NumericSimulatorConfig;
  return { ...numbers, rackspaceFailingRegions: readRegionList(env, failingRegionsVariable) };
}

const failingRegionsVariable = 'SIM_RACKSPACE_FAILING_REGIONS';

/** `ord, SYD` → `['ord', 'syd']`; anything but three-letter region codes is refused by name. */
function readRegionList(env: Record<string, string | undefined>, name: string): string[] {
  const items = (env[name] ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.filter((item) => !/^[a-z]{3}$/.test(item));
  if (bad.length > 0) {
    throw new Error(
      `Invalid simulator configuration: ${name} must list region codes such as ord,syd ` +
        `(got ${JSON.stringify(env[name])})`,
    );
  }
  return items;
}

/** Validates a programmatic config (e.g. `startSimulator({ config })`) with the same ranges. */
export function validateSimulatorConfig(config: SimulatorConfig): SimulatorConfig {
  const parsed = configObjectSchema.safeParse(config);
  if (!parsed.success) {
    const nameOf = (key: string) => `config.${key} (${simulatorVariables[key as NumericKey].env})`;
    throw failure(parsed.error.issues, config as unknown as Record<string, unknown>, nameOf);
  }
  return config;
}
