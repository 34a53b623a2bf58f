/**
 * A quiet default network for every page, so tests that only walk the shell (navigation,
 * headings) render real pages without unhandled requests. Feature tests still override the
 * handlers they care about with `server.use(...)`.
 */
import { catalogHandlers } from './catalog-fixtures.ts';
import { citrixListHandler } from './image-fixtures.ts';
import { sessionFixture, sessionSearchHandler } from './session-fixtures.ts';

export const pageHandlers = [
  citrixListHandler(),
  ...catalogHandlers,
  sessionSearchHandler([[sessionFixture(1), sessionFixture(2)]], []),
];
