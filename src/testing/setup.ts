import '@testing-library/jest-dom/vitest';
import { cleanNotifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { jobPolling } from '../api/citrix/jobs.ts';
import { preloadPopoverFrame } from '../components/DeferredPopover.tsx';
import { server } from './msw-server.ts';

// jsdom lacks these browser APIs, and Mantine 9 calls them: matchMedia on mount (colour scheme,
// media queries), ResizeObserver in ScrollArea and popovers, document.fonts in autosize
// textareas, scrollIntoView in comboboxes.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
window.HTMLElement.prototype.scrollIntoView = () => {};
// jsdom only says it has no window.scrollTo (a saved plan opens at the top of its page).
window.scrollTo = () => {};

// findBy* waits up to 1 s by default. On a 2-core CI machine that is also running the server
// tests (PostgreSQL, simulators) a lazy page can take longer to appear; a wait ends as soon as
// the element is there, so a longer ceiling only costs time when a test is failing anyway.
configure({ asyncUtilTimeout: 5_000 });

// The simulated jobs end on their second read: a test need not wait a real second between reads.
jobPolling.intervalMs = 10;

// React reports HTML it renders in an invalid nesting (a Badge's <div> inside a Text's <p>) only
// as a console error; a browser parsing that HTML builds a different tree. Such a render fails
// its test. React says it once per kind of nesting while its module lives, and the unit tests
// share modules across the files of a worker (isolate: false): the first test to render it fails.
const domNesting = /cannot be a descendant of|cannot contain a nested|cannot be a child of/;
let nestingErrors: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const [template, ...values] = args;
  if (typeof template === 'string' && domNesting.test(template)) {
    // React's template fills its %s with the tags; the first line names them.
    const message = template.replace(/%s/g, () => String(values.shift() ?? ''));
    nestingErrors.push(message.split('\n')[0]!);
  }
  consoleError(...args);
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The header's dropdowns draw their Popover at once, as on a page that has had input and whose
// popover code has arrived. Otherwise a test's click could race the button being drawn again
// inside it, which Testing Library's events, bound to the old element, would miss (a browser's
// pointer is over the new one). src/components/DeferredPopover.test.tsx tests the loading itself.
beforeAll(() => preloadPopoverFrame());
afterEach(() => {
  cleanup();
  // Mantine keeps notifications in a module-level store that outlives each render.
  cleanNotifications();
  server.resetHandlers();
  // The colour scheme is persisted in localStorage; each test starts from the default.
  localStorage.clear();
  // Drafts (the plan form's) are kept per tab; each test is a new tab.
  sessionStorage.clear();
  const found = nestingErrors;
  nestingErrors = [];
  if (found.length > 0) {
    throw new Error(`The render nests HTML elements invalidly:\n${[...new Set(found)].join('\n')}`);
  }
});
afterAll(() => {
  server.close();
  // This file runs again before each test file: hand back the console it wrapped, not a chain.
  console.error = consoleError;
});
