import { outputTo } from './outputTo';
import { runCli } from './runCli';

// The `briefmark` command: all logic lives in runCli so tests can drive it in-process.
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: outputTo(process.stdout),
  stderr: outputTo(process.stderr),
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  terminal: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
  // Once both outputs have taken everything written to them, the process ends at once: left to end
  // when nothing is pending, node first takes its heap apart (about 15 ms of a small check).
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
});
