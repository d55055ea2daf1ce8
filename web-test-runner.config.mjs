// Runs test/**/*.test.ts in Chromium, Firefox and WebKit (see scripts/test.mjs,
// which starts WebKitWebDriver under Xvfb). BROWSERS=chromium,firefox picks a subset.
import {existsSync} from 'node:fs';
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
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
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

export default {
  files: ['test/**/*.test.ts'],
  middleware: [
    (context, next) => {
      if (context.path.startsWith('/test/fixtures/')) context.set('Content-Security-Policy', strictCsp);
      return next();
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
