import { z } from 'zod';

export interface SimulatorConfig {
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
}

interface VariableSpec {
  env: string;
  kind: 'integer' | 'rate';
  min: number;
  max: number;
  fallback: number;
}

/** One row per environment variable: its name, allowed range and default. */
export const simulatorVariables: Record<keyof SimulatorConfig, VariableSpec> = {
  seed: { env: 'SIM_SEED', kind: 'integer', min: 0, max: 4294967295, fallback: 42 },
  sessions: { env: 'SIM_SESSIONS', kind: 'integer', min: 0, max: 1_000_000, fallback: 5000 },
  citrixImages: { env: 'SIM_CITRIX_IMAGES', kind: 'integer', min: 0, max: 100_000, fallback: 60 },
  catalogs: { env: 'SIM_CATALOGS', kind: 'integer', min: 1, max: 10_000, fallback: 24 },
  rackspaceImages: {
    env: 'SIM_RACKSPACE_IMAGES',
    kind: 'integer',
    min: 0,
    max: 100_000,
    fallback: 200,
  },
  citrixTokenTtlSeconds: {
    env: 'SIM_CITRIX_TOKEN_TTL_SECONDS',
    kind: 'integer',
    min: 1,
    max: 604_800,
    fallback: 3600,
  },
  rackspaceTokenTtlSeconds: {
    env: 'SIM_RACKSPACE_TOKEN_TTL_SECONDS',
    kind: 'integer',
    min: 1,
    max: 604_800,
    fallback: 86_400,
  },
  latencyMs: { env: 'SIM_LATENCY_MS', kind: 'integer', min: 0, max: 60_000, fallback: 0 },
  fault5xxRate: { env: 'SIM_FAULT_5XX_RATE', kind: 'rate', min: 0, max: 1, fallback: 0 },
  faultRateLimitRate: {
    env: 'SIM_FAULT_RATE_LIMIT_RATE',
    kind: 'rate',
    min: 0,
    max: 1,
    fallback: 0,
  },
  retryAfterSeconds: {
    env: 'SIM_RETRY_AFTER_SECONDS',
    kind: 'integer',
    min: 0,
    max: 3600,
    fallback: 2,
  },
  imageBuildSeconds: {
    env: 'SIM_IMAGE_BUILD_SECONDS',
    kind: 'integer',
    min: 1,
    max: 86_400,
    fallback: 180,
  },
  rolloutSeconds: {
    env: 'SIM_ROLLOUT_SECONDS',
    kind: 'integer',
    min: 1,
    max: 86_400,
    fallback: 180,
  },
  continuationTokenTtlSeconds: {
    env: 'SIM_CONTINUATION_TOKEN_TTL_SECONDS',
    kind: 'integer',
    min: 1,
    max: 86_400,
    fallback: 900,
  },
  faultResetRate: { env: 'SIM_FAULT_RESET_RATE', kind: 'rate', min: 0, max: 1, fallback: 0 },
  faultMalformedRate: {
    env: 'SIM_FAULT_MALFORMED_RATE',
    kind: 'rate',
    min: 0,
    max: 1,
    fallback: 0,
  },
  hostileData: { env: 'SIM_HOSTILE_DATA', kind: 'integer', min: 0, max: 1, fallback: 0 },
};

const configKeys = Object.keys(simulatorVariables) as (keyof SimulatorConfig)[];

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
  return Object.fromEntries(
    configKeys.map((key) => [key, values[simulatorVariables[key].env]]),
  ) as unknown as SimulatorConfig;
}

/** Validates a programmatic config (e.g. `startSimulator({ config })`) with the same ranges. */
export function validateSimulatorConfig(config: SimulatorConfig): SimulatorConfig {
  const parsed = configObjectSchema.safeParse(config);
  if (!parsed.success) {
    const nameOf = (key: string) =>
      `config.${key} (${simulatorVariables[key as keyof SimulatorConfig].env})`;
    throw failure(parsed.error.issues, config as unknown as Record<string, unknown>, nameOf);
  }
  return config;
}
