import type { TestProject } from 'vitest/node';
import { serveBuiltConsole } from '../support/serve-console.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    consoleUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Rollouts finish in seconds here, so an end-to-end test can follow one to its end.
  const running = await serveBuiltConsole({ SIM_ROLLOUT_SECONDS: '8' });
  project.provide('consoleUrl', running.url);
  return () => running.stop();
}
