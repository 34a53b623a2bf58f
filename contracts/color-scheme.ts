/**
 * Where the browser keeps the person's colour scheme ('light', 'dark' or 'auto'): Mantine's
 * colour-scheme manager in the app, and the page's first script, which applies it before the
 * first paint, both read it.
 */
export const colorSchemeStorageKey = 'daas-console-color-scheme';
