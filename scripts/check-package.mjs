// npm run check:package (after a build): the package as npm would publish it.
// publint (package.json fields agree with the files), then @arethetypeswrong/cli on the
// packed tarball (every entry resolves to JavaScript and types, ESM only).
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bin, run} from './run.mjs';

run(bin('publint'), ['--strict']);
const work = mkdtempSync(join(tmpdir(), 'bone-mets-attw-'));
try {
  // --ignore-scripts: prepack runs this check, so packing must not run prepack again.
  run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(work, readdirSync(work)[0]);
  run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table']);
} finally {
  rmSync(work, {recursive: true, force: true});
}
