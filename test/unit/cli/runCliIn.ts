import { runCli } from '../../../server/src/cli/runCli';

// The CLI run in-process in a folder, its output collected, for the CLI tests.

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliIn(cwd: string, args: string[], terminal = false): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t), color: false, terminal });
  return { code, out, err };
}
