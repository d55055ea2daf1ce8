#!/usr/bin/env node
/**
 * Prints an element's server-rendered HTML:
 *   npm run render -- <tag> [--locale es] [--attr care-phone=2155550100 ...] [--text word] [--fragment]
 *   npx bone-mets-render <tag> ...   (from an installed package)
 * --fragment wraps it as dist/static/ does: a comment, then a <div> with the language's lang and dir.
 */
/// <reference types="node" />
import {parseArgs} from 'node:util';
import {renderElement, renderFragment, tags, type Tag} from './index.js';

const usage = `Usage: bone-mets-render <tag> [--locale es] [--attr name=value ...] [--text words] [--fragment]
Tags: ${tags.join(', ')}`;

try {
  const {positionals, values} = parseArgs({
    allowPositionals: true,
    options: {
      locale: {type: 'string'},
      attr: {type: 'string', multiple: true},
      text: {type: 'string'},
      fragment: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  const tag = positionals[0] as Tag | undefined;
  if (values.help || !tag) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  if (!tags.includes(tag)) throw new Error(`<${tag}> is not one of ours.`);
  const attributes = Object.fromEntries(
    (values.attr ?? []).map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, true] : [pair.slice(0, at), pair.slice(at + 1)];
    })
  );
  const options = {locale: values.locale, attributes};
  const html = values.fragment
    ? await renderFragment(tag, options)
    : await renderElement(tag, {...options, text: values.text});
  process.stdout.write(`${html}\n`);
} catch (error) {
  console.error(`bone-mets-render: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
