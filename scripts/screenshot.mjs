// Dev tool: look at what a patient sees. Renders a page in headless Chromium to a PNG.
// node scripts/screenshot.mjs URL OUT.png [width] [selector-of-term-to-open] [forced|print|dark|nojs]
import {launchChromium} from './chromium.mjs';
const [url, out, width = '800', click = '', media = ''] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('requestfailed', (r) => console.log('requestfailed:', r.url()));
await page.setViewport({width: Number(width), height: 900});
if (media === 'forced') await page.emulateMediaFeatures([{name: 'forced-colors', value: 'active'}]);
if (media === 'print') await page.emulateMediaType('print');
if (media === 'nojs') await page.setJavaScriptEnabled(false);
if (media === 'dark') await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'dark'}]);
await page.goto(url, {waitUntil: 'networkidle0'});
if (click) {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.scrollIntoView({block: 'center'});
    el.shadowRoot.querySelector('button').click();
  }, click);
  await new Promise((r) => setTimeout(r, 300));
}
if (process.env.SEGMENT) {
  // Long pages: SEGMENT=1600 writes out-0.png, out-1.png, ... each 1600 px tall.
  const segment = Number(process.env.SEGMENT);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i * segment < height; i++) {
    const clip = {
      x: 0,
      y: i * segment,
      width: Number(width),
      height: Math.min(segment, height - i * segment),
    };
    await page.screenshot({path: out.replace(/\.png$/, `-${i}.png`), clip, captureBeyondViewport: true});
  }
} else {
  await page.screenshot({path: out, fullPage: !click});
}
await browser.close();
