// npm test (after the build): the Node tests (test/node/), then every browser test in
// Chromium, Firefox and WebKit.
// WebKit (WebKitGTK's MiniBrowser) has no headless mode and is driven through
// WebKitWebDriver, so this script re-runs itself under xvfb-run and starts the driver.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import net from 'node:net';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const needsWebKit = wanted.includes('webkit');
const driver = '/usr/bin/WebKitWebDriver';
const args = process.argv.slice(2);

if (needsWebKit && !existsSync(driver)) {
  const message = `WebKitWebDriver not found at ${driver} (Debian package webkit2gtk-driver)`;
  if (process.env.CI) {
    console.error(`✗ ${message}: CI must run WebKit.`);
    process.exit(1);
  }
  console.warn(`⚠ Skipping WebKit: ${message}.`);
  process.env.BROWSERS = wanted.filter((b) => b !== 'webkit').join(',');
}

const runWebKit = (process.env.BROWSERS ?? wanted.join(',')).includes('webkit');
if (runWebKit && !process.env.DISPLAY) {
  const result = spawnSync(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    }
  );
  process.exit(result.status ?? 1);
}

const waitForPort = (p, deadline = Date.now() + 15000) =>
  new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(p, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve()));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on ${p}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });

/** A port the OS says is free right now (never a fixed one: another driver or server may hold it). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

let driverProcess;
if (runWebKit) {
  const port = Number(process.env.WEBKIT_DRIVER_PORT) || (await freePort());
  // web-test-runner.config.mjs reads the port from here.
  process.env.WEBKIT_DRIVER_PORT = String(port);
  driverProcess = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {stdio: 'ignore'});
  await waitForPort(port);
}
// Node first (fast, no browser): the package as a server imports it.
const node = spawnSync(process.execPath, ['--test', 'test/node/'], {stdio: 'inherit'});
if (node.status !== 0) {
  driverProcess?.kill();
  process.exit(node.status ?? 1);
}
const result = spawnSync('node_modules/.bin/wtr', args, {stdio: 'inherit'});
driverProcess?.kill();
process.exit(result.status ?? 1);
