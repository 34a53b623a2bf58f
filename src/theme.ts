import {
  createTheme,
  darken,
  luminance,
  type CSSVariablesResolver,
  type MantineTheme,
} from '@mantine/core';

// A dialog's <header> is not the page's banner landmark (axe landmark-no-duplicate-banner), and
// its × button needs a name. Modals name it "Dismiss": theirs often have a "Close" button too.
const dialogHeader = { header: { role: 'none' } };

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps primary text and buttons above 4.5:1 contrast in both schemes (WCAG AA);
  // Mantine's default shade 6 is 3.5:1 on white.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // Plain objects, not `Drawer.extend(...)`: that would import the components into the shell.
  components: {
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Mantine's gray 6 / dark 2 under a title is below 4.5:1; dimmed is made readable below.
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
    // A badge's words are what it says (a state, an application): in a narrow table cell it
    // widens the cell rather than cutting them to "Succ...".
    Badge: { styles: { root: { minWidth: 'max-content' } } },
    Drawer: {
      defaultProps: { attributes: dialogHeader, closeButtonProps: { 'aria-label': 'Close' } },
    },
    Modal: {
      defaultProps: { attributes: dialogHeader, closeButtonProps: { 'aria-label': 'Dismiss' } },
    },
    // Mantine keeps every closed select's options in the page (display: none) and places each
    // one at load: the gallery's nine filters cost a forced render apiece before any image shows.
    // A dropdown is built when it opens instead.
    Combobox: { defaultProps: { keepMounted: false } },
  },
});

/** WCAG contrast ratio of two colors (1 to 21). */
function contrastRatio(a: string, b: string) {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The color, darkened only as much as it takes to read at 4.5:1 on the background (WCAG AA). */
function readableOn(color: string, background: string) {
  let readable = color;
  for (let amount = 0.05; contrastRatio(readable, background) < 4.5 && amount < 1; amount += 0.05) {
    readable = darken(color, amount);
  }
  return readable;
}

/**
 * Mantine's light scheme draws light badges and alerts in shade 9 on shade 1, outlines and
 * colored text in shade 8 on white, and dimmed text in gray 6: below 4.5:1 for orange, yellow,
 * green, teal and gray. These keep each color's hue and darken it just enough; the dark
 * scheme only needs a lighter dimmed text. axe-core checks every page (tests/e2e/a11y.test.ts).
 * Applied at build time, into the stylesheet (scripts/theme-variables.ts), not by the provider.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved: MantineTheme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  for (const [name, shades] of Object.entries(resolved.colors)) {
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1]);
    light[`--mantine-color-${name}-outline`] = readableOn(shades[8], resolved.white);
    light[`--mantine-color-${name}-text`] = readableOn(shades[8], resolved.white);
  }
  return {
    variables: {},
    light,
    dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
  };
};
