/**
 * The theme's CSS variables are worked out at build time, not on each page load: the committed
 * stylesheet must be exactly what the theme gives (scripts/theme-variables.ts), or a change to
 * `src/theme.ts` would not reach the page.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import {
  themeVariablesCss,
  themeVariablesFile,
  themeVariablesFileText,
} from '../../scripts/theme-variables.ts';
import { cssVariablesResolver, theme } from '../../src/theme.ts';

describe('the theme’s CSS variables (src/app/styles/theme-variables.css)', () => {
  it('are what the theme gives: run `npx tsx scripts/theme-variables.ts` after changing it', async () => {
    expect(readFileSync(themeVariablesFile, 'utf8')).toBe(await themeVariablesFileText());
  });

  it('hold the theme’s contrast fixes in the light scheme and its dimmed text in the dark', () => {
    const css = themeVariablesCss();
    const light = /\[data-mantine-color-scheme="light"\][^{]*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    const dark = /\[data-mantine-color-scheme="dark"\][^{]*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    // Orange on orange-1 is below 4.5:1 in Mantine's shade 9; the resolver darkens it.
    const fixes = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme)).light;
    const orange = fixes['--mantine-color-orange-light-color']!;
    expect(orange).not.toBe(DEFAULT_THEME.colors.orange[9]);
    expect(light).toContain(`--mantine-color-orange-light-color: ${orange};`);
    expect(light).toContain('--mantine-color-dimmed: var(--mantine-color-gray-7);');
    expect(dark).toContain('--mantine-color-dimmed: var(--mantine-color-dark-1);');
    // Mantine's defaults, which its own stylesheet already sets, are not repeated.
    expect(css).not.toContain('--mantine-scale');
  });
});
