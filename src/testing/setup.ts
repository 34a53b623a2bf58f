import '@testing-library/jest-dom/vitest';
import { cleanNotifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { jobPolling } from '../api/citrix/jobs.ts';
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

// findBy* waits up to 1 s by default. On a 2-core CI machine that is also running the server
// tests (PostgreSQL, simulators) a lazy page can take longer to appear; a wait ends as soon as
// the element is there, so a longer ceiling only costs time when a test is failing anyway.
configure({ asyncUtilTimeout: 5_000 });

// The simulated jobs end on their second read: a test need not wait a real second between reads.
jobPolling.intervalMs = 10;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  // Mantine keeps notifications in a module-level store that outlives each render.
  cleanNotifications();
  server.resetHandlers();
  // The colour scheme is persisted in localStorage; each test starts from the default.
  localStorage.clear();
  // Drafts (the plan form's) are kept per tab; each test is a new tab.
  sessionStorage.clear();
});
afterAll(() => server.close());
