import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three kinds of tests, each in the environment it needs:
// - unit: browser code (components, data layer) in jsdom, network served by MSW;
// - server: simulator, proxy and contract tests over real HTTP on loopback;
// - e2e: the built console served with the proxy, driven in headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup.ts'],
          css: false,
          // One jsdom and one module cache per worker instead of per file: starting jsdom, MSW and
          // Mantine afresh for each of ~55 files cost about 160 s of a 400 s run on two cores.
          // The setup file resets what a test leaves behind (DOM, handlers, storage, toasts); a
          // test that needs module state as after a page load imports a fresh graph itself.
          isolate: false,
          // Component tests wait for lazy routes and MSW; slow CI machines need the headroom.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: [
            'server/**/*.test.ts',
            'contracts/**/*.test.ts',
            'tests/contract/**/*.test.ts',
            'tests/proxy/**/*.test.ts',
            'tests/replay/**/*.test.ts',
            'tests/production/**/*.test.ts',
            'bench/support/**/*.test.ts',
          ],
          testTimeout: 20_000,
          // Servers, simulators, PostgreSQL and sign-ins start in beforeAll hooks.
          hookTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
