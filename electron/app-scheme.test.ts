import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, RENDERER_URL, createAppSchemeHandler, isAppUrl, resolveAppPath } from './app-scheme.ts';
import { tempDir } from './test/temp.ts';

test('app:// URLs: only the app host counts as the app, whatever the install path', () => {
  assert.equal(RENDERER_URL, 'app://review-desk/index.html');
  for (const url of ['app://review-desk/index.html', 'app://review-desk/', 'app://review-desk/assets/x.js?v=1#top']) assert.equal(isAppUrl(url), true, url);
  for (const url of ['app://evil/index.html', 'app://review-desk.evil/index.html', 'app://u:p@review-desk/', 'file:///C:/Program%20Files/Review%20Desk/resources/app.asar/dist/renderer/index.html', 'https://review-desk/', '', undefined, 'not a url']) {
    assert.equal(isAppUrl(url), false, String(url));
  }
});

test('the scheme serves files under the renderer folder only, with the CSP and no sniffing', async (t) => {
  const root = join(tempDir(t, 'rd [app] | 100% '), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'a b.css'), 'body{}');
  writeFileSync(join(root, '..', 'secret.txt'), 'secret');
  assert.equal(resolveAppPath(root, 'app://review-desk/'), join(root, 'index.html'));
  assert.equal(resolveAppPath(root, 'app://review-desk/assets/a%20b.css'), join(root, 'assets', 'a b.css'));
  // The URL parser folds ../ (and %2e%2e/) into the root: they stay inside.
  assert.equal(resolveAppPath(root, 'app://review-desk/../secret.txt'), join(root, 'secret.txt'));
  assert.equal(resolveAppPath(root, 'app://review-desk/%2e%2e/secret.txt'), join(root, 'secret.txt'));
  for (const url of [ 'app://review-desk/..%2fsecret.txt', 'app://review-desk/..%5csecret.txt', 'app://review-desk/%00', 'app://other/index.html', 'app://review-desk/%E0%A4%A']) {
    assert.equal(resolveAppPath(root, url), null, url);
  }
  const serve = createAppSchemeHandler(root);
  const page = await serve(new Request('app://review-desk/index.html'));
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), CSP);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await serve(new Request('app://review-desk/assets/a%20b.css'))).headers.get('content-type'), 'text/css; charset=utf-8');
  assert.equal((await serve(new Request('app://review-desk/missing.js'))).status, 404);
  assert.equal((await serve(new Request('app://review-desk/index.html', { method: 'POST', body: 'x' }))).status, 405);
  assert.doesNotMatch(await (await serve(new Request('app://review-desk/%2e%2e/secret.txt'))).text(), /secret/);
});
