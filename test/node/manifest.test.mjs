// custom-elements.json and the files generated from it (dist/types, dist/editor) as tools
// read them from the installed package: paths that exist, one definition per tag, no
// internals, and the glossary and treatment keys as the values of `term` and `options`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = json('custom-elements.json');
const pkg = json('package.json');
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement).map((d) => ({...d, module: mod.path}))
);
const {glossary} = await import(pathToFileURL('lib/content/glossary.js').href);
const {treatmentKeys} = await import(pathToFileURL('lib/content/treatments.js').href);
const glossaryKeys = Object.keys(glossary).sort();
const literals = (text) => [...text.matchAll(/'([^']*)'/g)].map(([, value]) => value).sort();

test('every path in custom-elements.json is a file of the packed package', () => {
  const [{files}] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'})
  );
  const packed = new Set(files.map((f) => f.path));
  const refs = [];
  const collect = (value) => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof v === 'string') refs.push(v);
      else collect(v);
    }
  };
  collect(manifest.modules);
  assert.ok(refs.length > 50);
  assert.deepEqual(
    refs.filter((ref) => !packed.has(ref)),
    [],
    'paths in custom-elements.json that the package lacks'
  );
  for (const file of ['custom-elements.json', pkg['web-types'].replace(/^\.\//, '')]) {
    assert.ok(packed.has(file), `${file} is packed`);
  }
  for (const target of Object.values(pkg.exports).flatMap((t) =>
    typeof t === 'string' ? [t] : Object.values(t)
  )) {
    if (!target.includes('*')) assert.ok(packed.has(target.replace(/^\.\//, '')), `exports target ${target}`);
  }
});

test('each tag has one definition, in the module its package entry loads', () => {
  const definitions = manifest.modules.flatMap((mod) =>
    (mod.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => ({...e, in: mod.path}))
  );
  assert.deepEqual(definitions.map((d) => d.name).sort(), elements.map((e) => e.tagName).sort());
  for (const definition of definitions) {
    const element = elements.find((e) => e.tagName === definition.name);
    assert.deepEqual(definition.declaration, {name: element.name, module: element.module});
    assert.equal(pkg.exports[`./${definition.name}.js`].default, `./${definition.in}`);
  }
});

test('elements show their API only: no internals, getters read-only, typed events', () => {
  for (const element of elements) {
    for (const member of element.members ?? []) {
      assert.ok(!member.privacy || member.privacy === 'public', `${element.name}.${member.name}`);
      assert.doesNotMatch(member.name, /^[_#]|^(bmLibrary|bmBuild|messageGroups)$/, element.name);
    }
    for (const event of element.events ?? []) {
      const [, detail] = /^CustomEvent<(\w+)>$/.exec(event.type.text) ?? [];
      assert.ok(detail, `${element.tagName} ${event.name}: ${event.type.text}`);
      assert.match(readFileSync('lib/index.d.ts', 'utf8'), new RegExp(`\\b${detail}\\b`), detail);
    }
  }
  const compare = elements.find((e) => e.tagName === 'treatment-compare');
  assert.equal(compare.members.find((m) => m.name === 'selection').readonly, true);
  assert.ok(
    elements.filter((e) => !e.tagName).length === 0,
    'base classes without a tag are not marked as custom elements'
  );
});

test('modules list their API only: no function or variable marked @internal', () => {
  const localization = manifest.modules.find((mod) => mod.path === 'lib/localization.js');
  const names = [...(localization.declarations ?? []), ...(localization.exports ?? [])].map((d) => d.name);
  assert.ok(names.includes('setLocale'));
  for (const internal of [
    'build',
    'isLocaleReady',
    'intendedLocale',
    'localeAttributes',
    'useServerLocale',
  ]) {
    assert.ok(!names.includes(internal), internal);
  }
});

test('the root entry exports the types its events carry', () => {
  const types = readFileSync('lib/index.d.ts', 'utf8');
  for (const name of [
    'TreatmentCompareChangeDetail',
    'TreatmentKey',
    'GlossaryTermOpenDetail',
    'GlossaryKey',
  ]) {
    assert.match(types, new RegExp(`\\b${name}\\b`), name);
  }
});

test('term, terms and options list the glossary and treatment keys', () => {
  const attribute = (tag, name) =>
    elements.find((e) => e.tagName === tag).attributes.find((a) => a.name === name);
  assert.deepEqual(literals(attribute('glossary-term', 'term').parsedType.text), glossaryKeys);
  assert.deepEqual(literals(attribute('bone-mets-glossary', 'terms').parsedType.text), glossaryKeys);
  assert.deepEqual(
    literals(attribute('treatment-compare', 'options').parsedType.text),
    [...treatmentKeys].sort()
  );
});

test('editor data and framework types are generated from it', () => {
  for (const file of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts']) {
    assert.ok(existsSync(file), `${file} is built`);
  }
  const vscode = json('dist/editor/vscode.html-custom-data.json');
  const webTypes = json('dist/editor/web-types.json');
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), elements.map((e) => e.tagName).sort());
  const term = vscode.tags.find((t) => t.name === 'glossary-term').attributes.find((a) => a.name === 'term');
  assert.deepEqual(term.values.map((v) => v.name).sort(), glossaryKeys);
  const options = vscode.tags
    .find((t) => t.name === 'treatment-compare')
    .attributes.find((a) => a.name === 'options');
  assert.deepEqual(options.values.map((v) => v.name).sort(), [...treatmentKeys].sort());
  const webTerm = webTypes.contributions.html.elements
    .find((e) => e.name === 'glossary-term')
    .attributes.find((a) => a.name === 'term');
  assert.deepEqual(literals(webTerm.value.type), glossaryKeys);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
});
