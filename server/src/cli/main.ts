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
});
