import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { outputTo } from '../../../server/src/cli/outputTo';

/** A stream that keeps what is written, and fails every write with `code` once `failAfter` writes went through. */
function stream(failAfter: number, code: string): { sink: Writable; written: string[] } {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      if (written.length >= failAfter) return done(Object.assign(new Error(`write ${code}`), { code }));
      written.push(String(chunk));
      done();
    },
  });
  return { sink, written };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('outputTo', () => {
  it('writes through while the reader reads', async () => {
    const { sink, written } = stream(Infinity, 'EPIPE');
    const write = outputTo(sink);
    write('a');
    write('b');
    await tick();
    expect(written).toEqual(['a', 'b']);
  });

  it('drops the rest of the output quietly once the pipe is closed', async () => {
    const { sink, written } = stream(1, 'EPIPE');
    const write = outputTo(sink);
    write('first');
    write('second');
    await tick();
    expect(() => write('third')).not.toThrow();
    await tick();
    expect(written).toEqual(['first']);
    expect(sink.destroyed).toBe(true);
  });

  it('still throws any other write error', async () => {
    const { sink } = stream(0, 'EIO');
    outputTo(sink);
    const listeners = sink.listeners('error');
    expect(listeners).toHaveLength(1);
    expect(() => (listeners[0] as (e: Error) => void)(Object.assign(new Error('write EIO'), { code: 'EIO' }))).toThrow('write EIO');
  });
});
