// Small helper for the project's scripts: run a command, inherit output, fail loudly.
import {spawnSync} from 'node:child_process';

export function run(command, args = [], options = {}) {
  const result = spawnSync(command, args, {stdio: 'inherit', shell: false, ...options});
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(result.status ?? 1);
  }
  return result;
}

export const bin = (name) => `node_modules/.bin/${name}`;
