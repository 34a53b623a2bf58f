/**
 * zod/mini registers no locale, and without one every issue's message is just "Invalid input".
 * Classic zod registered English as its first schema was built; now that the browser loads zod/mini
 * only, this does, so a response that fails its schema still reads as it did in an "Unexpected
 * response" (`toApiProblem`: "Items.0.Id: Invalid input: expected string, received undefined").
 * Imported by the API clients, which every response the console parses comes through; as classic
 * zod does, it leaves a locale already chosen alone. English alone costs about 1 KB gzip.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

if (!z.core.globalConfig.localeError) z.config(en());
