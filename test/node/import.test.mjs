// Every module of the package imports in Node without a DOM, as Next.js, Nuxt,
// SvelteKit and Astro import it on the server, and registers nothing there.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const modules = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modules(path) : path.endsWith('.js') ? [path] : [];
  });

test('every module in lib/ imports in Node without a DOM', async () => {
  // The command-line tool (bone-mets-render) runs when imported: not a module to import.
  const files = modules('lib').filter((file) => !file.endsWith('server/cli.js'));
  assert.ok(files.length > 50, 'lib/ is built');
  assert.equal(typeof globalThis.document, 'undefined');
  for (const file of files) {
    await assert.doesNotReject(import(pathToFileURL(file).href), file);
  }
});

test('the root entry exports the classes and the localization API', async () => {
  const entry = await import(pathToFileURL('lib/index.js').href);
  assert.equal(typeof entry.GlossaryTerm, 'function');
  assert.equal(typeof entry.setLocale, 'function');
  assert.equal(entry.getLocale(), 'en');
  assert.match(entry.version, /^\d+\.\d+\.\d+/);
  assert.ok(entry.allLocales.includes('es'));
});
