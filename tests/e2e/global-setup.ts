import type { TestProject } from 'vitest/node';
import { serveBuiltConsole } from '../support/serve-console.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    consoleUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const running = await serveBuiltConsole();
  project.provide('consoleUrl', running.url);
  return () => running.stop();
}
