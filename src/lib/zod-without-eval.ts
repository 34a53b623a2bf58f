/**
 * Zod 4 compiles fast object parsers with `new Function`, probing first whether eval is allowed.
 * The console's Content-Security-Policy allows no eval, so the probe is refused and reported as a
 * violation on every page. Jitless parsing gives the same results without eval.
 *
 * Zod keeps its configuration on `globalThis.__zod_globalConfig` (so that every copy of zod shares
 * it) and keeps an object already there. Setting it here, rather than calling `z.config()`, keeps
 * zod out of the first route: only the lazy routes' code builds schemas, after main.tsx has run
 * this module first. The production end-to-end test fails on any CSP violation, so a zod that
 * stopped reading this would be caught.
 */
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

export {};
