// Custom Elements Manifest analyzer plugins that make custom-elements.json describe
// the package as users install it (read by scripts/cem.config.mjs):
//   - normalizeModules: every `module` reference names a module path of the manifest
//     (the analyzer leaves import specifiers such as `./x.js` and `/src/x.js` as written).
//   - defineCalls: our `define('tag', Class)` registrations are the custom element
//     definitions (the analyzer only knows `customElements.define`), exported from the
//     define modules that run them; the helper's own generic call is dropped.
//   - hideInternals: private, protected, `_`-prefixed and `@internal` members go, as do
//     overrides of an `@internal` member and a module's `@internal` functions and variables;
//     base classes without a tag are no custom elements.
//   - expandTypes: a member typed with a string-literal union a module exports
//     (`GlossaryKey`, `TreatmentKey[] | string`) gets `parsedType` with the literals
//     spelled out, the property @wc-toolkit's generators read for value lists.
//   - publicModules: only modules a user can reach (package.json "exports") and the ones
//     they point to; in those, only the declarations something public refers to.
//   - packagePaths: src/**/*.ts paths become the lib/**/*.js files the package ships.
import {posix} from 'node:path';
import {existsSync, readFileSync} from 'node:fs';
import ts from 'typescript';

const jsDocTags = (node) => node.jsDoc?.flatMap((doc) => doc.tags ?? []) ?? [];
const isInternal = (node) => jsDocTags(node).some((tag) => ['internal', 'ignore'].includes(tag.tagName.text));

/** `./x.js`, `/src/x.js`, `src/x.js` -> `src/x.ts`, relative to the module that refers to it. */
export function normalizeModules() {
  const normalize = (ref, from) => {
    if (!ref?.module || ref.package) return;
    let module = ref.module;
    if (module.startsWith('.')) module = posix.join(posix.dirname(from), module);
    module = module.replace(/^\//, '');
    if (module.endsWith('.js') && existsSync(module.replace(/\.js$/, '.ts')))
      module = module.replace(/\.js$/, '.ts');
    ref.module = module;
  };
  return {
    name: 'bone-mets: normalize module references',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const e of mod.exports ?? []) normalize(e.declaration, mod.path);
        for (const decl of mod.declarations ?? []) {
          normalize(decl.superclass, mod.path);
          for (const mixin of decl.mixins ?? []) normalize(mixin, mod.path);
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
            normalize(item.inheritedFrom, mod.path);
          }
        }
      }
    },
  };
}

/** `define('glossary-term', GlossaryTerm)` -> a custom-element-definition export of that module. */
export function defineCalls({helper = 'define'} = {}) {
  const defined = new Set();
  return {
    name: 'bone-mets: define() calls',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== helper) return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const module = importedFrom(ts, node.getSourceFile(), klass.text, moduleDoc.path);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: {name: klass.text, module},
      });
      defined.add(`${tag.text} ${klass.text}`);
    },
    packageLinkPhase({customElementsManifest}) {
      // The analyzer also reads the helper's own `customElements.define(tag, element)`:
      // a definition of a tag named "tag". Keep only the definitions above.
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || defined.has(`${e.name} ${e.declaration.name}`)
        );
      }
    },
  };
}

/** The module a name is imported from, as a path like the analyzer's (`src/x/y.ts`), or this module. */
function importedFrom(ts, sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return modulePath;
    return posix.join(posix.dirname(modulePath), specifier).replace(/\.js$/, '.ts');
  }
  return modulePath;
}

/** Drops what is not API: private, protected, `_x`, `#x`, `@internal` members and their overrides. */
export function hideInternals() {
  // class name -> member names marked @internal (the analyzer drops those members itself,
  // but not a subclass's override of one, like `static override messageGroups`).
  const internal = new Map();
  // module path -> names of its `@internal` functions and variables (shared between our modules).
  const internalExports = new Map();
  return {
    name: 'bone-mets: hide internals',
    analyzePhase({ts, node, moduleDoc}) {
      if ((ts.isFunctionDeclaration(node) || ts.isVariableStatement(node)) && isInternal(node)) {
        const names = ts.isFunctionDeclaration(node)
          ? [node.name?.text]
          : node.declarationList.declarations.map((d) => d.name.getText());
        const set = internalExports.get(moduleDoc.path) ?? new Set();
        for (const name of names) if (name) set.add(name);
        internalExports.set(moduleDoc.path, set);
      }
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = node.members.filter((m) => m.name && isInternal(m)).map((m) => m.name.getText());
      if (names.length) internal.set(node.name.text, new Set(names));
    },
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        const hidden = internalExports.get(mod.path);
        if (!hidden) continue;
        mod.declarations = mod.declarations?.filter((d) => !hidden.has(d.name));
        mod.exports = mod.exports?.filter((e) => !hidden.has(e.declaration?.name ?? e.name));
      }
      const classes = new Map(
        customElementsManifest.modules.flatMap((mod) =>
          (mod.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, d])
        )
      );
      const internalOf = (klass) => {
        const names = new Set();
        for (let c = klass; c; c = classes.get(c.superclass?.name)) {
          for (const name of internal.get(c.name) ?? []) names.add(name);
        }
        return names;
      };
      for (const klass of classes.values()) {
        const hidden = internalOf(klass);
        const isApi = (member) =>
          member.privacy !== 'private' &&
          member.privacy !== 'protected' &&
          !/^[_#]/.test(member.name) &&
          !hidden.has(member.name);
        klass.members = klass.members?.filter(isApi);
        klass.attributes = klass.attributes?.filter((a) => !a.fieldName || !hidden.has(a.fieldName));
        for (const key of ['members', 'attributes']) if (!klass[key]?.length) delete klass[key];
        // Base classes (BoneMetsElement, BoneMetsSection) have no tag: not elements a page can use.
        if (!klass.tagName) delete klass.customElement;
      }
    },
  };
}

/**
 * Adds `parsedType` to members and attributes whose type names a string-literal union
 * exported by a module of the project, e.g. `GlossaryKey` -> `'bone-metastasis' | 'metastasis' | ...`.
 */
export function expandTypes({tsconfig = 'tsconfig.json'} = {}) {
  return {
    name: 'bone-mets: expand exported literal unions',
    packageLinkPhase({customElementsManifest}) {
      const unions = exportedLiteralUnions(tsconfig);
      const expand = (text) =>
        text.replace(/\b[A-Z]\w*\b/g, (name) => (unions.has(name) ? `(${unions.get(name)})` : name));
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            const text = item.type?.text;
            if (!text) continue;
            const expanded = expand(text);
            if (expanded !== text) item.parsedType = {text: expanded.replace(/^\(([^()]*)\)$/, '$1')};
          }
        }
      }
    },
  };
}

/** Exported type aliases of the project that are unions of string literals: name -> `'a' | 'b'`. */
function exportedLiteralUnions(tsconfig) {
  const host = {...ts.sys, onUnRecoverableConfigFileDiagnostic() {}};
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, host);
  const program = ts.createProgram(config.fileNames, {...config.options, noEmit: true});
  const checker = program.getTypeChecker();
  const unions = new Map();
  for (const file of config.fileNames) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file));
    for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      if (!(symbol.flags & ts.SymbolFlags.TypeAlias)) continue;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const members = type.isUnion() ? type.types : [type];
      if (!members.every((t) => t.isStringLiteral())) continue;
      const union = members
        .map((t) => `'${t.value}'`)
        .sort()
        .join(' | ');
      if (unions.has(symbol.name) && unions.get(symbol.name) !== union) {
        throw new Error(`Two exported types are named ${symbol.name}; rename one.`);
      }
      unions.set(symbol.name, union);
    }
  }
  return unions;
}

/**
 * Keeps the modules a user can import (package.json "exports" that point into lib/) and
 * the ones their exports, superclasses and inherited members refer to; in modules that
 * are not entries, only the declarations referred to.
 */
export function publicModules({packageJson = 'package.json'} = {}) {
  return {
    name: 'bone-mets: public modules',
    packageLinkPhase({customElementsManifest}) {
      const pkg = JSON.parse(readFileSync(packageJson, 'utf8'));
      const entries = new Set(
        Object.values(pkg.exports)
          .map((target) => (typeof target === 'string' ? target : target.default))
          .filter((target) => target?.startsWith('./lib/'))
          .map((target) => sourcePathOf(target.slice(2)))
      );
      const byPath = new Map(customElementsManifest.modules.map((mod) => [mod.path, mod]));
      const wanted = new Map(); // module path -> declaration names wanted (null: all)
      const queue = [];
      const want = (path, name) => {
        if (!byPath.has(path)) return;
        const names = wanted.get(path);
        if (names === null || names?.has(name)) return;
        if (name === null) wanted.set(path, null);
        else wanted.set(path, (names ?? new Set()).add(name));
        queue.push(path);
      };
      for (const path of entries) want(path, null);
      while (queue.length) {
        const mod = byPath.get(queue.shift());
        const names = wanted.get(mod.path);
        const keep = (name) => names === null || names.has(name);
        for (const e of mod.exports ?? []) {
          const {name, module = mod.path} = e.declaration ?? {};
          if (name === '*') want(module, null);
          else if (keep(e.name) || keep(name)) want(module, name);
        }
        for (const decl of (mod.declarations ?? []).filter((d) => keep(d.name))) {
          if (decl.superclass?.module) want(decl.superclass.module, decl.superclass.name);
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
            if (item.inheritedFrom?.module) want(item.inheritedFrom.module, item.inheritedFrom.name);
          }
        }
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => wanted.has(mod.path));
      for (const mod of customElementsManifest.modules) {
        const names = wanted.get(mod.path);
        if (names === null) continue;
        mod.declarations = mod.declarations?.filter((d) => names.has(d.name));
        mod.exports = mod.exports?.filter((e) => names.has(e.declaration?.name) || names.has(e.name));
      }
    },
  };
}

const sourcePathOf = (libPath) => libPath.replace(/^lib\//, 'src/').replace(/\.js$/, '.ts');
const libPathOf = (srcPath) => srcPath.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');

/** Every `path` and `module` that names a source file names the shipped lib/ file instead. */
export function packagePaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof v === 'string' && /^src\/.*\.ts$/.test(v)) {
        value[key] = libPathOf(v);
      } else {
        rewrite(v);
      }
    }
  };
  return {
    name: 'bone-mets: package paths',
    packageLinkPhase({customElementsManifest}) {
      rewrite(customElementsManifest.modules);
    },
  };
}
