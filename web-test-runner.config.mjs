// Runs test/**/*.test.ts in Chromium, Firefox and WebKit (see scripts/test.mjs,
// which starts WebKitWebDriver under Xvfb). BROWSERS=chromium,firefox picks a subset.
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';

export const browserPaths = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkit: process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: browserPaths.chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath: browserPaths.firefox, headless: true},
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      // scripts/test.mjs starts WebKitWebDriver on a free port and passes it here.
      port: Number(process.env.WEBKIT_DRIVER_PORT),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: browserPaths.webkit, args: ['--automation']},
      },
    }),
};

const browsers = wanted
  .filter((name) => {
    if (existsSync(browserPaths[name])) return true;
    const message = `${name} not found at ${browserPaths[name]}`;
    if (process.env.CI) throw new Error(`${message}: CI must run every browser.`);
    console.warn(`⚠ Skipping ${message} (set ${name.toUpperCase()}_PATH to run it).`);
    return false;
  })
  .map((name) => launchers[name]());

// The embedding fixture is served the way a strict hospital site serves its pages.
const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'";

/** The CSP of each fixture page: the strict one, plus what the README tells a page to add in each case. */
function fixtureCsp(context) {
  // Trusted Types: Lit's one policy, named lit-html, from each copy of Lit on the page.
  if (context.path.endsWith('/trusted-types.html')) {
    return `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
  }
  // No constructable stylesheets: Lit's <style> elements, let through by the page's nonce.
  if (context.path.endsWith('/no-constructable.html') && context.query.nonce !== undefined) {
    return strictCsp.replace("style-src 'self'", "style-src 'self' 'nonce-bm-fixture'");
  }
  return strictCsp;
}

const chromium = (session) => session.browser.type === 'puppeteer' && /^Chrom/.test(session.browser.name);

/**
 * Which commands each launcher can run, so a test skips a command its browser lacks instead of
 * calling it and printing an error stack that is not a failure. Chromium (CDP) emulates media and
 * prints to PDF; puppeteer's Firefox (WebDriver BiDi) resizes the viewport; WebKit's WebDriver does neither.
 */
const launcherCapabilities = {
  name: 'launcher-capabilities',
  async executeCommand({command, payload, session}) {
    if (command === 'launcher-capabilities') {
      return {
        emulateMedia: chromium(session),
        setViewport: session.browser.type === 'puppeteer',
        printToPdf: chromium(session),
      };
    }
    if (command === 'print-to-pdf') {
      if (!chromium(session)) throw new Error('print-to-pdf needs Chromium');
      // A4 with the browser's default margins, as a reader's "Print" would give.
      const page = session.browser.getPage(session.id);
      const pdf = await page.pdf({format: 'A4', printBackground: false, ...payload});
      return {
        pages: (
          Buffer.from(pdf)
            .toString('latin1')
            .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
        ).length,
      };
    }
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  middleware: [
    (context, next) => {
      if (context.path.startsWith('/test/fixtures/'))
        context.set('Content-Security-Policy', fixtureCsp(context));
      if (context.path.startsWith('/demo/'))
        context.set('Content-Security-Policy', `${strictCsp}; frame-src 'self'`);
      return next();
    },
    // A hospital page built from a pre-rendered fragment (dist/static/<locale>/<tag>.html) under a
    // strict CSP whose style-src allows the fragments' inline styles (dist/static/csp.txt):
    //   /prerendered/<locale>/<tag>.html?page=<lang>&script=every|<locale>|none[&stale]
    async (context, next) => {
      const match = /^\/prerendered\/([\w-]+)\/([\w-]+)\.html$/.exec(context.path);
      if (!match) return next();
      const [, locale, tag] = match;
      let fragment = await readFile(`dist/static/${locale}/${tag}.html`, 'utf8');
      // stale: as if rendered by another version of the library, whose templates differ.
      if (context.query.stale !== undefined)
        fragment = fragment.replace(/<!--lit-part [^>]*-->/g, '<!--lit-part AAAAAAAAAAA=-->');
      const styles = (await readFile('dist/static/csp.txt', 'utf8')).match(/^style-src (.*)$/m)[1];
      const script = context.query.script ?? 'every';
      const bundle = script === 'every' ? 'bone-mets-elements.js' : `${script}/bone-mets-elements.js`;
      context.set('Content-Security-Policy', strictCsp.replace("style-src 'self'", `style-src ${styles}`));
      context.type = 'html';
      context.body = `<!doctype html><html lang="${context.query.page ?? locale}"><head><meta charset="utf-8">
<title>Pre-rendered ${tag} (${locale})</title><script src="/test/fixtures/page-probe.js"></script>
${script === 'none' ? '' : `<script type="module" src="/dist/${bundle}"></script>`}</head>
<body>${fragment}</body></html>`;
    },
    // Bundles byte for byte as built (the embed builder's snippets pin their SHA-384), not re-printed by esbuild.
    async (context, next) => {
      const built =
        /^\/dist\/.+\.js$/.test(context.path) && (await readFile(`.${context.path}`).catch(() => null));
      if (!built) return next();
      context.type = 'js';
      context.body = built;
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  plugins: [
    launcherCapabilities,
    {
      // Tests see the pseudo-locales (en-XA, ar-XB) too; the production bundle never does.
      name: 'pseudo-locales',
      resolveImport({source, context}) {
        if (source.endsWith('/locale-modules.js') && !context.path.endsWith('locale-modules.pseudo.ts')) {
          return source.replace(/locale-modules\.js$/, 'locale-modules.pseudo.ts');
        }
        return undefined;
      },
    },
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
  ],
};
