// npm run build: translations -> TypeScript (lib/) -> the script-tag bundles (dist/) ->
// pre-rendered HTML (dist/static/) -> sizes -> the embed builder's page.
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
run('node', ['scripts/lib-templates.mjs']);
run(bin('rollup'), ['-c', '--silent']);
run('node', ['scripts/static-fragments.mjs']);
run('node', ['scripts/framework-types.mjs']);
run('node', ['scripts/size.mjs']);
run('node', ['scripts/builder.mjs']);
