/**
 * Resolves on a later turn of the event loop, after the messages that have arrived meanwhile: a
 * long request that yields now and then lets a `$/cancelRequest` (and other requests) in. A
 * timer, not setImmediate, so that it runs in a web worker too.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Briefs a workspace-wide request (claims, symbols, an export) handles between two turns: their
 * digests are at hand, so without a turn now and then nothing else is read until the whole answer
 * is made (the claims of 1,000 bench briefs: most of a second).
 */
export const BRIEFS_PER_TURN = 50;
