// Shared by the build's rollup plugins that rewrite @lit/localize msg() calls.
import {walk} from 'estree-walker';

/** Whether `node` is a call `msg(...)`. */
export const isMsgCall = (node) =>
  node?.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg';

/** The name of an object property, written as `key` or `'key'`. */
export const keyName = (property) => property.key.name ?? property.key.value;

/** Our own compiled modules (lib/), not dependencies or generated translations. */
export const isOwnModule = (id) => !id.includes('node_modules') && !id.includes('/generated/');

/** Calls `visit(call)` for every msg() call in `ast`, outermost only. */
export function eachMsgCall(ast, visit) {
  walk(ast, {
    enter(node) {
      if (!isMsgCall(node)) return;
      visit(node);
      this.skip();
    },
  });
}
