// A plain site has no build: it serves the page, its script and the library's file.
import {cpSync, mkdirSync} from 'node:fs';

mkdirSync('dist', {recursive: true});
for (const file of ['index.html', 'main.js']) cpSync(file, `dist/${file}`);
cpSync('../node_modules/bone-mets-elements/dist/bone-mets-elements.js', 'dist/bone-mets-elements.js');
