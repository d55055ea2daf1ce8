// Rollup plugin: collapses the indentation inside lit's html`` / svg``
// templates (prettier-formatted source carries a lot of it), and minifies css``
// templates with lightningcss (no targets: it only shortens, it adds or drops no rule).
// Templates given to msg() are left exactly as written: @lit/localize finds
// their translations by a hash of that text.
import MagicString from 'magic-string';
import {transform} from 'lightningcss';
import {walk} from 'estree-walker';
import {isMsgCall, isOwnModule} from './msg-calls.mjs';

const tags = new Set(['css', 'html', 'svg']);

// HTML's own whitespace only: JavaScript's \s also matches the no-break spaces that
// French puts inside « » and before ? ! : ;, which must survive.
const collapse = (text) => text.replace(/[ \t\n\f\r]+/g, ' ');

function minifyCss(text, id) {
  const {code, warnings} = transform({filename: `${id}.css`, code: Buffer.from(text), minify: true});
  for (const w of warnings) throw new Error(`${id}: lightningcss: ${w.message}`);
  // Back into a template literal: escape what a template would read differently.
  return code.toString().replace(/[`\\]|\$\{/g, (c) => `\\${c}`);
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!isOwnModule(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const s = new MagicString(code);
      const fail = (message) => this.error(message);
      walk(this.parse(code), {
        enter(node, parent) {
          if (
            node.type !== 'TaggedTemplateExpression' ||
            node.tag.type !== 'Identifier' ||
            !tags.has(node.tag.name)
          )
            return;
          if (isMsgCall(parent)) return this.skip();
          const {quasis} = node.quasi;
          if (node.tag.name === 'css') {
            // Our stylesheets are plain CSS; one with an interpolation would need placeholders.
            if (quasis.length !== 1) fail(`${id}: css\`\` with an interpolation is not minified`);
            s.overwrite(quasis[0].start, quasis[0].end, minifyCss(quasis[0].value.cooked, id));
            return;
          }
          for (const quasi of quasis) {
            if (quasi.end > quasi.start)
              s.overwrite(quasi.start, quasi.end, collapse(quasi.value.raw) || ' ');
          }
        },
      });
      return {code: s.toString(), map: s.generateMap({hires: true})};
    },
  };
}
