// npm run readability: Flesch-Kincaid grade and SMOG of the English text a reader
// sees in <bone-mets-article> (rendered from the built bundle in headless Chromium).
//   node scripts/readability.mjs                 the article
//   node scripts/readability.mjs --tag bone-mets-signs   one element
//   node scripts/readability.mjs --text file.txt          a plain-text file, one block per line
// Every block (heading, paragraph, list item, table cell) counts as a sentence, as
// it reads; this is how the source article scores 7.7 / 10.6.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, resolve} from 'node:path';
import rs from 'text-readability';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

export function score(blocks) {
  const text = blocks
    .map((b) =>
      b
        .replace(/^\s*[•*-]\s+/, '')
        .replace(/\s+/g, ' ')
        .trim()
    )
    .filter(Boolean)
    .map((b) => (/[.?!:;"”)]$/.test(b) ? b : `${b}.`))
    .join('\n');
  return {
    fleschKincaid: rs.fleschKincaidGrade(text),
    smog: rs.smogIndex(text),
    sentences: rs.sentenceCount(text),
    words: rs.lexiconCount(text),
  };
}

async function renderedBlocks(tag) {
  const {launchChromium} = await import('./chromium.mjs');
  const root = resolve('.');
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/page.html') {
      res.writeHead(200, {'content-type': 'text/html'});
      return res.end(
        `<!doctype html><html lang="en"><script type="module" src="/dist/bone-mets-elements.js"></script><body><${tag}></${tag}></body></html>`
      );
    }
    try {
      const body = readFileSync(join(root, url.pathname));
      res.writeHead(200, {
        'content-type': extname(url.pathname) === '.js' ? 'text/javascript' : 'text/plain',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/page.html`, {waitUntil: 'networkidle0'});
    return await page.evaluate(async (tagName) => {
      await customElements.whenDefined(tagName);
      const el = document.querySelector(tagName);
      if (!(el instanceof HTMLElement) || !el.shadowRoot)
        throw new Error(`<${tagName}> is not defined in the bundle`);
      await el.updateComplete;
      const blockTags =
        /^(P|LI|H[1-6]|DT|DD|TH|TD|CAPTION|FIGCAPTION|SUMMARY|BLOCKQUOTE|DIV|SECTION|BUTTON|A)$/;
      const blocks = [''];
      const walk = (node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          blocks[blocks.length - 1] += node.textContent;
          return;
        }
        if (node instanceof Element && !node.checkVisibility()) return;
        const block = node instanceof Element && blockTags.test(node.tagName) && node.tagName !== 'A';
        if (block) blocks.push('');
        const children =
          node instanceof HTMLSlotElement
            ? node.assignedNodes().length
              ? node.assignedNodes()
              : node.childNodes
            : node instanceof Element && node.shadowRoot
              ? node.shadowRoot.childNodes
              : node.childNodes;
        for (const child of children) walk(child);
        if (block) blocks.push('');
      };
      walk(el);
      return blocks;
    }, tag);
  } finally {
    await browser.close();
    server.close();
  }
}

const textFile = option('--text');
const tag = option('--tag') ?? 'bone-mets-article';
const blocks = textFile ? readFileSync(textFile, 'utf8').split('\n') : await renderedBlocks(tag);
const result = score(blocks);
console.log(`Readability of ${textFile ?? `<${tag}>`} (English, text-readability ${'1.1'}):`);
console.log(
  `  Flesch-Kincaid grade  ${result.fleschKincaid.toFixed(1)}   (target <= 6.5; the source article: 7.7)`
);
console.log(`  SMOG                  ${result.smog.toFixed(1)}   (target <= 9.5; the source article: 10.6)`);
console.log(`  ${result.sentences} sentences, ${result.words} words`);
