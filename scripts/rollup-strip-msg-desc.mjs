// Rollup plugin: drops the `desc` option from msg() calls. Descriptions are
// notes for translators, read by `lit-localize extract` from the TypeScript
// sources; at run time they are dead weight on every patient's phone.
import MagicString from 'magic-string';
import {eachMsgCall, keyName} from './msg-calls.mjs';

const isDesc = (p) => p.type === 'Property' && !p.computed && keyName(p) === 'desc';

export function stripMsgDesc() {
  return {
    name: 'strip-msg-desc',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('desc')) return null;
      const s = new MagicString(code);
      eachMsgCall(this.parse(code), (call) => {
        const [message, options] = call.arguments;
        if (!options || options.type !== 'ObjectExpression' || !options.properties.some(isDesc)) return;
        const kept = options.properties.filter((p) => !isDesc(p));
        if (kept.length === 0) s.remove(message.end, options.end);
        else
          s.overwrite(
            options.start,
            options.end,
            `{${kept.map((p) => code.slice(p.start, p.end)).join(', ')}}`
          );
      });
      return {code: s.toString(), map: s.generateMap({hires: true})};
    },
  };
}
