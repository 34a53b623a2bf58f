import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps primary text and buttons above 4.5:1 contrast in both schemes (WCAG AA);
  // Mantine's default shade 6 is 3.5:1 on white.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
