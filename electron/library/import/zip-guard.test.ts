import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnsafeEntryName } from './zip-guard.ts';

test('entry names that would leave the extraction folder are unsafe', () => {
  for (const name of ['../evil', 'word/../../evil', '..\\evil', '/etc/passwd', '\\windows\\x', 'C:/x', 'c:\\x']) {
    assert.equal(isUnsafeEntryName(name), true, name);
  }
  for (const name of ['word/document.xml', '[Content_Types].xml', 'word/media/..image.png', 'a..b/c']) {
    assert.equal(isUnsafeEntryName(name), false, name);
  }
});
