/**
 * Below this width a list's filters fold behind one "Filters" button, so the results come first
 * on a phone (`FiltersDisclosure.module.css` draws the same line).
 */
export const filtersFoldedQuery = '(max-width: 47.99em)';

/** Whether a list's filters show as its page draws: on a screen from `sm` up. */
export const filtersShownAtOnce = () => !window.matchMedia(filtersFoldedQuery).matches;

/**
 * For `lazyPage`'s `alongside`: the filter fields' code, loaded with the page's when they show
 * at once. Folded on a phone, they load at the page's first input instead, and nobody waits.
 */
export const filtersAlongside = (fields: { preload(): Promise<void> }) => () =>
  filtersShownAtOnce() ? fields.preload() : undefined;
