/**
 * Zod 4 compiles fast object parsers with `new Function`, probing first whether eval is allowed.
 * The console's Content-Security-Policy allows no eval, so the probe is refused and reported as a
 * violation on every page. Jitless parsing gives the same results without eval. Zod reads this
 * setting when a schema is built, so main.tsx imports this module before anything else.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
