import { useSyncExternalStore } from 'react';

/**
 * The first sign that someone is using the page: a mouse moving, a tap or click, a key. Code that
 * only answers people (the header's dropdowns) loads then, not while the page is still loading
 * what it shows: on a phone's connection it would share the bandwidth with the page's own code.
 */
const firstInputs = ['pointermove', 'pointerdown', 'keydown', 'click', 'wheel'] as const;

let happened = false;
const waiting = new Set<() => void>();

// Keys and pointer buttons held down now, from the first input on (`afterRelease`).
const held = new Set<string>();
const releases = new Set<() => void>();

function onFirstInput() {
  happened = true;
  for (const input of firstInputs) window.removeEventListener(input, onFirstInput, true);
  for (const notify of waiting) notify();
  waiting.clear();
}

/** What is pressed or released, by the event's type (not its class: jsdom has no PointerEvent). */
const heldBy = (event: Event) =>
  event.type.startsWith('key')
    ? `key ${(event as KeyboardEvent).code}`
    : `pointer ${(event as PointerEvent).pointerId}`;

function press(event: Event) {
  held.add(heldBy(event));
}
function release(event: Event) {
  if (event.type === 'blur') {
    // The window lost focus: whatever was held is let go somewhere else. (Listening in the
    // capture phase, the window hears its elements' blurs too: those change nothing.)
    if (event.target !== window) return;
    held.clear();
  } else {
    held.delete(heldBy(event));
  }
  if (held.size > 0) return;
  // On a later task: the click (or the key's activation) that ends this press reaches its
  // element first.
  setTimeout(() => {
    if (held.size > 0) return;
    for (const resolve of releases) resolve();
    releases.clear();
  });
}

let listening = false;
function listen() {
  if (listening) return;
  listening = true;
  // Capture: an element that stops its events' propagation still counts.
  const options = { capture: true, passive: true };
  for (const input of firstInputs) window.addEventListener(input, onFirstInput, options);
  window.addEventListener('pointerdown', press, options);
  window.addEventListener('keydown', press, options);
  for (const input of ['pointerup', 'pointercancel', 'keyup', 'blur'] as const) {
    window.addEventListener(input, release, options);
  }
}

function subscribe(onChange: () => void) {
  listen();
  waiting.add(onChange);
  return () => {
    waiting.delete(onChange);
  };
}

/** True once the page has had any input (from the first render on, after that). */
export function useAfterFirstInput(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => happened,
    () => false,
  );
}

/**
 * Settles once no key or pointer button is held down, and what releasing it did (a click) has
 * happened. An element drawn again as a new one in the middle of a press would lose the click:
 * the press began on the old one.
 */
export function afterRelease(): Promise<void> {
  if (held.size === 0) return Promise.resolve();
  return new Promise((resolve) => releases.add(resolve));
}
