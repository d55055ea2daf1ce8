// npm start: serves the demo on http://localhost:8000/ under a strict
// Content-Security-Policy, the way a careful hospital site would.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
// style-src also allows the inline styles of the pre-rendered HTML, by hash (dist/static/csp.txt).
const styleHashes = await readFile('dist/static/csp.txt', 'utf8')
  .then((text) => text.match(/^style-src 'self' (.*)$/m)?.[1] ?? '')
  .catch(() => '');
export const csp = `default-src 'none'; script-src 'self'; style-src 'self' ${styleHashes}; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'self'; frame-ancestors 'self'`;

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) return void res.writeHead(403).end();
  if (url.pathname === '/') return void res.writeHead(302, {location: '/demo/'}).end();
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`\nDemo: http://localhost:${port}/demo/  (strict CSP; Ctrl+C to stop)`);
  console.log(
    `Pre-rendered: http://localhost:${port}/dist/static/pages/es.html  Builder: http://localhost:${port}/demo/builder/\n`
  );
});
