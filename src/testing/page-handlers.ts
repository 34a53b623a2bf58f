/**
 * A quiet default network for every page, so tests that only walk the shell (navigation,
 * headings) render real pages without unhandled requests. Feature tests still override the
 * handlers they care about with `server.use(...)`.
 */
import { catalogHandlers } from './catalog-fixtures.ts';
import { citrixListHandler, rackspaceRegionsHandler } from './image-fixtures.ts';
import { sessionFixture, sessionSearchHandler } from './session-fixtures.ts';

export const pageHandlers = [
  citrixListHandler(),
  // Every Rackspace region empty unless a test serves images in it.
  rackspaceRegionsHandler(() => []),
  ...catalogHandlers,
  sessionSearchHandler([[sessionFixture(1), sessionFixture(2)]], []),
];
