// @doyensec/electronegativity over the app's sources, offline (its lookups stubbed): every finding has
// an answer in scripts/electronegativity-answers.json and every answer still has its finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runElectronegativity, unanswered, type Answer } from '../../scripts/electronegativity.ts';

test('electronegativity: no finding left unanswered', () => {
  const answers = (JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'scripts', 'electronegativity-answers.json'), 'utf8')) as { answers: Answer[] }).answers;
  const findings = runElectronegativity();
  assert.ok(findings.length > 0, 'the tool ran and found its usual review items');
  const { open, stale } = unanswered(findings, answers);
  assert.deepEqual(open, [], 'findings without an answer');
  assert.deepEqual(stale, [], 'answers whose finding is gone');
  for (const a of answers) assert.ok(a.answer.length > 40, `${a.issue} ${a.file}: a real answer`);
  // The fixed ones stay fixed.
  for (const fixed of ['NODE_INTEGRATION_JS_CHECK', 'AUXCLICK_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']) {
    assert.ok(!findings.some((f) => f.issue === fixed), fixed);
  }
});
