// npm run manifest: custom-elements.json from the JSDoc in src/ (analyzer plugins in
// scripts/cem-plugins.mjs), with modules in a stable order (the analyzer's glob order
// varies), so `npm run check` can compare it.
import {readFileSync, writeFileSync} from 'node:fs';
import {bin, run} from './run.mjs';

run(bin('cem'), ['analyze', '--config', 'scripts/cem.config.mjs', '--quiet'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
