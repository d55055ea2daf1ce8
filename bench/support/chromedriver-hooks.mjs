// Node module hooks (registered by register-chromedriver-shim.mjs): when
// `import('chromedriver')` cannot be resolved or loaded from node_modules, resolve
// it to the stand-in in ./node_path/chromedriver. A working chromedriver package
// always wins. (tachometer's CJS require.resolve check is covered by NODE_PATH.)
const standIn = new URL('./node_path/chromedriver/index.js', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier !== 'chromedriver') return nextResolve(specifier, context);
  try {
    return await nextResolve(specifier, context);
  } catch {
    return {url: standIn, format: 'module', shortCircuit: true};
  }
}
