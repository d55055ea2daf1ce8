// Rollup plugin: every generated locale module (lib/generated/locales/<l>.js)
// repeats the same ~330 message ids, 17 random characters each, that no
// compressor can shrink. This writes the ids once, in a shared module, and each
// locale as a plain list of its messages in that order.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import MagicString from 'magic-string';

const idsModule = '\0message-ids';
const isLocaleModule = (id) => /[\\/]lib[\\/]generated[\\/]locales[\\/][^\\/]+\.js$/.test(id);

export function shareMessageIds({dir = 'lib/generated/locales'} = {}) {
  let ids = [];
  const keyOf = (p) => p.key.value ?? p.key.name;
  return {
    name: 'share-message-ids',
    buildStart() {
      const all = new Set();
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        for (const [, id] of readFileSync(join(dir, file), 'utf8').matchAll(/^ {4}'([^']+)':/gm)) all.add(id);
      }
      ids = [...all].sort();
    },
    resolveId: (source) => (source === idsModule ? idsModule : null),
    load: (id) => (id === idsModule ? `export const ids = ${JSON.stringify(ids)};` : null),
    transform(code, id) {
      if (!isLocaleModule(id)) return null;
      const program = this.parse(code);
      const declaration = program.body.find(
        (n) =>
          n.type === 'ExportNamedDeclaration' && n.declaration?.declarations?.[0]?.id.name === 'templates'
      );
      const object = declaration?.declaration.declarations[0].init;
      if (object?.type !== 'ObjectExpression') this.error(`${id}: no "export const templates = {...}"`);
      const values = new Map(
        object.properties.map((p) => [keyOf(p), code.slice(p.value.start, p.value.end)])
      );
      const list = ids.map((messageId) => values.get(messageId) ?? '');
      const s = new MagicString(code);
      s.overwrite(
        declaration.start,
        declaration.end,
        `const messages = [${list.join(',\n')}];\n` +
          `export const templates = Object.fromEntries(ids.map((id, i) => [id, messages[i]]).filter(([, m]) => m !== undefined));`
      );
      s.prepend(`import {ids} from ${JSON.stringify(idsModule)};\n`);
      return {code: s.toString(), map: s.generateMap({hires: true})};
    },
  };
}
