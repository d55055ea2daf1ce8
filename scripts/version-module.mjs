// Writes src/generated/version.ts from package.json, so every bundle can say which version it is.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('src/generated', {recursive: true});
writeFileSync(
  'src/generated/version.ts',
  `// Generated from package.json by scripts/version-module.mjs. Do not edit.\n/** This copy's version of bone-mets-elements. */\nexport const version = ${JSON.stringify(version)};\n`
);
