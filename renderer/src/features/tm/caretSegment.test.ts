import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caretSentence } from './caretSegment.ts';
import type { SegmentView } from '../../../../electron/shared/tm.ts';

const seg = (sentenceIndex: number, targetText: string): SegmentView => ({
  reviewId: 'r', unitIndex: 3, sentenceIndex, sourceText: `nguồn ${sentenceIndex}`, targetText, kind: 'fuzzy', score: 80,
  matchSource: null, matchReviewId: null, status: 'pending', diff: [],
});

test('the caret picks the segment whose text it is in, even when a segment holds two sentences', () => {
  const unit = 'First one. Second part. Still second. Third.';
  const segs = [seg(0, 'First one.'), seg(1, 'Second part. Still second.'), seg(2, 'Third.')];
  assert.equal(caretSentence(unit, 3, 0, segs)?.segment?.sentenceIndex, 0);
  assert.equal(caretSentence(unit, 3, 30, segs)?.segment?.sentenceIndex, 1);
  assert.equal(caretSentence(unit, 3, unit.length, segs)?.text, 'Third.');
  // Another unit: no segment, the plain sentence under the caret.
  const plain = caretSentence('Alpha. Beta.', 4, 8, segs);
  assert.deepEqual([plain?.text, plain?.segment], ['Beta.', null]);
});
