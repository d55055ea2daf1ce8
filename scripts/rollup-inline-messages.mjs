// Rollup plugin for single-language bundles (dist/<locale>/): replaces every
// msg() call with that language's text, as @lit/localize's transform mode would,
// so the bundle carries one language and no message ids. The translation comes
// from lib/generated/locales/<locale>.js; for English, the source text itself.
// Message ids come from @lit/localize's own generateMsgId, as in scripts/split-locales.mjs. A message the translation lacks keeps its
// English text, as the every-language bundle shows it, with a build warning;
// `npm run check` is what fails on a missing translation.
import {readFileSync} from 'node:fs';
import MagicString from 'magic-string';
import {walk} from 'estree-walker';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {eachMsgCall, isOwnModule, keyName} from './msg-calls.mjs';

/** Source and translated templates as {tag, raws, slots}: slots[i] is the expression after raws[i]. */
function describe(node, code) {
  if (node.type === 'Literal') return {tag: '', raws: null, literal: code.slice(node.start, node.end)};
  const template = node.type === 'TaggedTemplateExpression' ? node.quasi : node;
  return {
    tag: node.type === 'TaggedTemplateExpression' ? node.tag.name : '',
    raws: template.quasis.map((q) => q.value.raw),
    cooked: template.quasis.map((q) => q.value.cooked),
    slots: template.expressions.map((e) => code.slice(e.start, e.end)),
  };
}

export function inlineMessages(locale) {
  let translations = null; // null: English, keep the source text
  const untranslated = new Set();
  return {
    name: 'inline-messages',
    buildEnd() {
      if (untranslated.size) {
        this.warn(
          `${untranslated.size} message(s) have no ${locale} translation yet and stay in English ` +
            `(${[...untranslated].slice(0, 3).join(', ')}${untranslated.size > 3 ? ', …' : ''}).`
        );
      }
    },
    buildStart() {
      if (locale === 'en') return;
      const file = `lib/generated/locales/${locale}.js`;
      const code = readFileSync(file, 'utf8');
      translations = new Map();
      walk(this.parse(code), {
        enter(node) {
          if (node.type !== 'VariableDeclarator' || node.id.name !== 'templates') return;
          for (const p of node.init.properties) translations.set(keyName(p), describe(p.value, code));
          this.skip();
        },
      });
    },
    transform(code, id) {
      if (!isOwnModule(id) || !code.includes('msg(')) return null;
      const s = new MagicString(code);
      eachMsgCall(this.parse(code), (call) => {
        const [message, options] = call.arguments;
        const source = describe(message, code);
        if (!source.raws && !source.literal) return;
        const isHtml = source.tag === 'html';
        const explicit = options?.properties?.find((p) => keyName(p) === 'id');
        const messageKey = explicit
          ? explicit.value.value
          : generateMsgId(source.literal ? message.value : source.cooked, isHtml);
        let target = source;
        if (translations) {
          target = translations.get(messageKey);
          if (!target) {
            untranslated.add(messageKey);
            target = source;
          }
        }
        let replacement;
        if (target.literal) {
          replacement = target.literal;
        } else {
          // Translations number their expressions (${0}) by the source's order.
          const slots =
            translations && target !== source
              ? target.slots.map((n) => source.slots[Number(n)])
              : source.slots;
          const body = target.raws
            .map((raw, i) => raw + (i < slots.length ? `\${${slots[i]}}` : ''))
            .join('');
          replacement = `${isHtml ? 'html' : ''}\`${body}\``;
        }
        s.overwrite(call.start, call.end, replacement);
      });
      return {code: s.toString(), map: s.generateMap({hires: true})};
    },
  };
}
