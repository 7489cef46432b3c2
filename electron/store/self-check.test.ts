import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_SQLITE, selfCheckMessage, sqliteSelfCheck, versionAtLeast } from './self-check.ts';

test('the SQLite the app runs on passes the self-check, and reports its version', () => {
  const check = sqliteSelfCheck();
  assert.deepEqual(check.problems, []);
  assert.equal(check.ok, true);
  assert.match(check.version, /^3\.\d+\.\d+$/);
  assert.ok(versionAtLeast(check.version, MIN_SQLITE));
});

test('version comparison and the failure message', () => {
  assert.equal(versionAtLeast('3.43.0', '3.43.0'), true);
  assert.equal(versionAtLeast('3.42.9', '3.43.0'), false);
  assert.equal(versionAtLeast('3.100.0', '3.43.0'), true);
  const message = selfCheckMessage({ ok: false, version: '3.40.0', problems: ['fts5vocab: no such module: fts5vocab'] });
  assert.match(message.en, /3\.40\.0[\s\S]*fts5vocab: no such module/);
  assert.match(message.vi, /FTS5/);
});
