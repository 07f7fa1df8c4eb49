import type { Writable } from 'node:stream';

/**
 * A writer for the command's output that stops, without a word, once the reader has gone: in
 * `briefmark check … | head -c 10` the pipe closes early, and node would die on the unhandled
 * EPIPE with a stack trace. The command itself runs to its end (a `tag --write` still writes
 * every file), and any other stream error is still thrown.
 */
export function outputTo(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
