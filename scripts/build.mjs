// npm run build: translations -> TypeScript -> one ES module file.
import {rmSync} from 'node:fs';
import {bin, run} from './run.mjs';

rmSync('lib', {recursive: true, force: true});
rmSync('dist', {recursive: true, force: true});
run('node', ['scripts/pseudo-locales.mjs']);
run('node', ['scripts/translation-status.mjs']);
run('node', ['scripts/version-module.mjs']);
run(bin('lit-localize'), ['build']);
run('node', ['scripts/split-locales.mjs']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
run(bin('rollup'), ['-c', '--silent']);
run('node', ['scripts/framework-types.mjs']);
run('node', ['scripts/size.mjs']);
