import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INVOKE_PATH, startAppServer, TOKEN_HEADER, type AppServer } from './app-server.ts';
import { tempDir } from '../test/temp.ts';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw HTTP request (fetch would not let a test name another Host). */
function send(server: AppServer, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function served(t: TestContext, calls: [string | null, string][] = [], port?: number): Promise<AppServer> {
  const dir = tempDir(t);
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Review Desk</title>');
  writeFileSync(join(renderer, 'assets', 'mount-abc123.js'), 'export const x = 1;');
  writeFileSync(join(dir, 'secret.txt'), 'Hội nghị bí mật');
  const server = await startAppServer({
    rendererDir: renderer,
    csp: "default-src 'self'",
    invoke: async (channel, argJson) => { calls.push([channel, argJson]); return JSON.stringify({ ok: true, value: channel }); },
    ...(port !== undefined && { port }),
  });
  t.after(() => server.close());
  return server;
}

test('serves the renderer: the HTML with its policy and asked for again, hashed assets kept', async (t) => {
  const server = await served(t);
  assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  const html = await send(server, 'GET', '/index.html');
  assert.equal(html.status, 200);
  assert.equal(html.body, '<!doctype html><title>Review Desk</title>');
  assert.equal(html.headers['content-security-policy'], "default-src 'self'");
  assert.equal(html.headers['cache-control'], 'no-cache');
  assert.equal((await send(server, 'GET', '/')).body, html.body);
  const script = await send(server, 'GET', '/assets/mount-abc123.js');
  assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(script.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(script.headers['x-content-type-options'], 'nosniff');
  assert.equal((await send(server, 'GET', '/assets/missing.js')).status, 404);
});

test('nothing outside the renderer is served, whatever the path says', async (t) => {
  const server = await served(t);
  for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%E0%A4%A']) {
    const answer = await send(server, 'GET', path);
    assert.notEqual(answer.status, 200, path);
    assert.doesNotMatch(answer.body, /bí mật/, path);
  }
  assert.equal((await send(server, 'DELETE', '/index.html')).status, 405);
});

test('a request naming another host is refused (a DNS-rebound name is not this server)', async (t) => {
  const server = await served(t);
  assert.equal((await send(server, 'GET', '/index.html', { host: 'evil.example' })).status, 421);
  assert.equal((await send(server, 'GET', '/index.html', { host: `localhost:${server.port}` })).status, 421);
});

test('calls need the token; with it, the channel and the argument reach the services', async (t) => {
  const calls: [string | null, string][] = [];
  const server = await served(t, calls);
  const path = `${INVOKE_PATH}?channel=library%3Apage`;
  assert.equal((await send(server, 'POST', path, {}, '{"offset":0}')).status, 403);
  assert.equal((await send(server, 'POST', path, { [TOKEN_HEADER]: 'x'.repeat(server.token.length) }, '{}')).status, 403);
  assert.equal((await send(server, 'POST', path, { [TOKEN_HEADER]: `${server.token}x` }, '{}')).status, 403);
  // A cross-origin page's preflight for the token's header gets no CORS answer.
  const preflight = await send(server, 'OPTIONS', path, { origin: 'https://evil.example', 'access-control-request-headers': TOKEN_HEADER });
  assert.equal(preflight.status, 405);
  assert.equal(preflight.headers['access-control-allow-origin'], undefined);
  assert.equal((await send(server, 'GET', path, { [TOKEN_HEADER]: server.token })).status, 405);
  assert.deepEqual(calls, []);

  const answer = await send(server, 'POST', path, { [TOKEN_HEADER]: server.token }, '{"offset":0}');
  assert.equal(answer.status, 200);
  assert.deepEqual(JSON.parse(answer.body), { ok: true, value: 'library:page' });
  assert.equal(answer.headers['cache-control'], 'no-store');
  assert.deepEqual(calls, [['library:page', '{"offset":0}']]);
});

test('the port asked for is used; a taken one gives way to a free one', async (t) => {
  const first = await served(t);
  const port = first.port;
  await first.close();
  const again = await served(t, [], port);
  assert.equal(again.port, port);
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  t.after(() => new Promise<void>((done) => blocker.close(() => done())));
  const taken = (blocker.address() as { port: number }).port;
  const moved = await served(t, [], taken);
  assert.notEqual(moved.port, taken);
  assert.equal((await send(moved, 'GET', '/index.html')).status, 200);
});
