/** What jsdom lacks and Fluent UI uses: layout is not measured in jsdom, so observing resizes does nothing. */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

/** What jsdom lacks and every browser has: the encoding API, which the file adapter reads zips with. */
if (typeof globalThis.TextDecoder === 'undefined' || typeof globalThis.TextEncoder === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a test environment's polyfill, set up before the modules load
  const util = require('node:util') as typeof import('node:util');
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
}
