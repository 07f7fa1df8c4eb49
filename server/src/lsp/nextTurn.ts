/**
 * Resolves on a later turn of the event loop, after the messages that have arrived meanwhile: a
 * long request that yields now and then lets a `$/cancelRequest` (and other requests) in. A
 * timer, not setImmediate, so that it runs in a web worker too.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
