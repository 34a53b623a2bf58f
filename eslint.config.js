// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Imports flow one way: app -> features -> shared. Shared code includes src/api, one module per
// cloud resource, which features and the app import and which imports neither. A feature never
// imports another feature, the browser never imports server code, and the simulator never imports
// the browser's code.
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature; compose them in src/app.',
  })),
  { target: './src/features', from: './src/app', message: 'Features never import the app.' },
  {
    target: ['./src/api', './src/components', './src/lib', './src/hooks'],
    from: ['./src/features', './src/app'],
    message: 'Shared code never imports features or the app.',
  },
  { target: './src', from: './server', message: 'The browser bundle never imports server code.' },
  { target: './server', from: './src', message: 'Server code never imports browser code.' },
  {
    target: './contracts',
    from: ['./src', './server'],
    message: 'Contracts are shared by browser and server and import neither.',
  },
  {
    target: './server/simulator',
    from: './server/proxy',
    message: 'The simulator stands for the cloud and knows nothing of the proxy.',
  },
];

export default tseslint.config(
  { ignores: ['dist', '.dist-*', 'coverage', 'node_modules', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The browser bundle loads zod/mini only. Classic zod's chained methods (`.optional()`,
    // `.transform()`) keep its whole API in every page's JavaScript that parses a response, about
    // 24 KB gzip against zod/mini's 6; the server keeps classic zod. Tests may use either flavour.
    // The only no-restricted-imports rule for these files: another one would replace these paths.
    files: ['src/**/*.{ts,tsx}', 'contracts/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4', 'zod/v3'].map((name) => ({
            name,
            message:
              "The browser loads zod/mini: import { z } from 'zod/mini' (z.optional(x), z.pipe(x, " +
              'z.transform(f)), x.check(z.regex(r))). Classic zod keeps its whole API in every ' +
              'page that parses with it, ~24 KB gzip against ~6.',
          })),
        },
      ],
    },
  },
  {
    // A Mantine layout or style prop that varies with the screen draws a <style> element of its
    // own, and each one added or taken away makes Chromium rebuild what it knows of every
    // stylesheet on the page (src/components/Columns.module.css). Media queries go in CSS modules.
    files: ['src/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXAttribute > JSXExpressionContainer > ObjectExpression > Property[key.name='base']",
          message:
            'A prop that varies with the screen ({ base, sm }) draws a <style> element of its ' +
            'own: put the media query in a CSS module (see src/components/Columns.module.css).',
        },
        {
          selector:
            "ImportDeclaration[source.value='@mantine/core'] > ImportSpecifier[imported.name=/^(SimpleGrid|Grid|Flex)$/]",
          message:
            'SimpleGrid, Grid and Flex draw a <style> element of their own: use Columns ' +
            '(src/components/Columns.tsx), a Group or a Stack, or a CSS module.',
        },
      ],
    },
  },
  {
    files: [
      'server/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.{ts,js,mjs}',
      'scripts/**/*',
      '*.{js,ts,cjs}',
    ],
    languageOptions: { globals: globals.node },
  },
);
