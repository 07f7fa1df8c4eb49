import { runCli } from '../../../server/src/cli/runCli';

// The CLI run in-process in a folder, its output collected, for the CLI tests.

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliIn(cwd: string, args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t), color: false });
  return { code, out, err };
}
