import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileReader } from '../core/analysis/analyzeBriefs';
import { isBriefPath } from '../core/markdown/isBriefPath';
import { fileUri, nodeFileHost } from '../node/nodeFileHost';
import { walkFolder } from '../node/walkFolder';

/** A usage or I/O problem: printed as one line, exit code 2. */
export class CliError extends Error {}

const GLOSSARY_FILE = /\.glossary\.(?:ya?ml|json)$/i;

/** Reads files named by paths relative to `cwd` (through the file host); a missing file is undefined, any other failure a CliError. */
export function nodeHost(cwd: string): FileReader {
  return {
    async readFile(file) {
      try {
        return await nodeFileHost.readFile(fileUri(path.resolve(cwd, file)));
      } catch (error) {
        throw new CliError(`cannot read ${file}: ${describeError(error)}`);
      }
    },
  };
}

/**
 * A file the user named must be there: a CliError when it is missing or a folder. Checked with a
 * stat, not a read: the file is read once, later, by the command (a 10,000-entry glossary is 2.6 MB).
 */
export async function assertFile(cwd: string, file: string): Promise<void> {
  let stat;
  try {
    stat = await nodeFileHost.stat(fileUri(path.resolve(cwd, file)));
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeError(error)}`);
  }
  if (!stat) throw new CliError(`${file}: no such file`);
  if (stat.type === 'folder') throw new CliError(`cannot read ${file}: ${describeError({ code: 'EISDIR' })}`);
}

/** The file's bytes, for a command that writes the file back; any failure is a CliError. */
export async function readBytes(cwd: string, file: string): Promise<Buffer> {
  try {
    return await fs.readFile(path.resolve(cwd, file));
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeError(error)}`);
  }
}

/** Rewrites the file in place (its mode, owner and links stay as they are); any failure is a CliError. */
export async function writeBytes(cwd: string, file: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.writeFile(path.resolve(cwd, file), bytes);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${describeError(error)}`);
  }
}

export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'it is a folder';
  if (e.code === 'ENOENT') return 'no such file or folder';
  return e.message?.split('\n')[0] ?? String(error);
}

/** Files named are analysed whatever their extension; folders give every brief below them (isBriefPath). */
export async function collectBriefs(paths: readonly string[], cwd: string): Promise<string[]> {
  const out = new Set<string>();
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, given);
    let stat;
    try {
      stat = await nodeFileHost.stat(fileUri(absolute));
    } catch (error) {
      throw new CliError(`${given}: ${describeError(error)}`);
    }
    if (!stat) throw new CliError(`${given}: no such file or folder`);
    if (stat.type === 'folder') {
      for (const file of await walk(absolute, isBriefPath)) out.add(display(cwd, file));
    } else {
      out.add(display(cwd, absolute));
    }
  }
  return [...out];
}

/** Team glossaries below `cwd`, as the server finds them in a workspace folder. */
export async function discoverGlossaries(cwd: string): Promise<string[]> {
  return (await walk(cwd, (name) => GLOSSARY_FILE.test(name))).map((file) => display(cwd, file));
}

async function walk(folder: string, wanted: (name: string) => boolean): Promise<string[]> {
  try {
    return await walkFolder(folder, wanted);
  } catch (error) {
    throw new CliError(`${display(process.cwd(), folder)}: ${describeError(error)}`);
  }
}

/** Paths are shown relative to the current folder, with forward slashes. */
function display(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' || relative.startsWith('..') ? absolute : relative;
  return shown.split(path.sep).join('/');
}
