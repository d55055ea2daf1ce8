// Rollup plugin: collapses the indentation inside lit's css`` / html`` / svg``
// templates (prettier-formatted source carries a lot of it), and drops CSS comments.
// Templates given to msg() are left exactly as written: @lit/localize finds
// their translations by a hash of that text.
import MagicString from 'magic-string';
import {walk} from 'estree-walker';
import {isMsgCall, isOwnModule} from './msg-calls.mjs';

const tags = new Set(['css', 'html', 'svg']);

function minify(text, isCss) {
  let out = text.replace(/\s+/g, ' ');
  if (isCss) out = out.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*([{};])\s*/g, '$1');
  return out;
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!isOwnModule(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const s = new MagicString(code);
      walk(this.parse(code), {
        enter(node, parent) {
          if (
            node.type !== 'TaggedTemplateExpression' ||
            node.tag.type !== 'Identifier' ||
            !tags.has(node.tag.name)
          )
            return;
          if (isMsgCall(parent)) return this.skip();
          for (const quasi of node.quasi.quasis) {
            if (quasi.end > quasi.start)
              s.overwrite(quasi.start, quasi.end, minify(quasi.value.raw, node.tag.name === 'css') || ' ');
          }
        },
      });
      return {code: s.toString(), map: s.generateMap({hires: true})};
    },
  };
}
