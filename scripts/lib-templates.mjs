// After tsc: lib/ gets the same template minifying as the script-tag bundles (collapsed
// html`` indentation, css`` through lightningcss; see rollup-minify-templates.mjs). Two
// reasons: bundler users download less, and server-rendered HTML (which lib/ renders)
// hydrates in the bundles, whose templates must be the very same strings (Lit checks a
// digest of them), with the very same style text (the CSP hashes in dist/static/csp.txt).
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseAst} from 'rollup/parseAst';
import {minifyTemplates} from './rollup-minify-templates.mjs';

const plugin = minifyTemplates();
const context = {
  parse: (code) => parseAst(code),
  error: (message) => {
    throw new Error(message);
  },
};
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });

let changed = 0;
for (const file of files('lib')) {
  const result = plugin.transform.call(context, readFileSync(file, 'utf8'), file);
  if (!result) continue;
  writeFileSync(file, result.code);
  changed++;
}
console.log(`lib/: templates minified in ${changed} modules.`);
