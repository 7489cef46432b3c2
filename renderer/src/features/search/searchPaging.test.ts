import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsWord, MAX_HITS, requestLimit } from './searchPaging.ts';

test('a finished word runs at once; a word being typed waits', () => {
  assert.equal(endsWord('hợp tác '), true);
  assert.equal(endsWord('ASEAN,'), true);
  assert.equal(endsWord('“Cộng đồng”'), true);
  assert.equal(endsWord('hợp tá'), false);
  assert.equal(endsWord('   '), false);
});

test('one more hit than shown is asked for, within the contract limit', () => {
  assert.equal(requestLimit(100), 101);
  assert.equal(requestLimit(400), 401);
  assert.equal(requestLimit(500), MAX_HITS);
});
