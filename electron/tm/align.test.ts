// Sentence alignment of the 2023 pair against the hand-checked list, and corrections as fixed beads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempServices } from '../test/temp.ts';
import { alignDocs } from './pairs.ts';
import { alignSentences } from './align.ts';
import { glossaryIndex, EMPTY_GLOSSARY } from './glossary.ts';
import { glossaryTerms } from './reference-glossary.ts';
import { loadReference } from '../drafting/reference/load.ts';
import { defaultResourcesDir } from '../services/index.ts';
import { HAND_CHECKED_2023, importPair2023 } from './testing/pair-2023.ts';
import type { AlignedUnit } from './pairs.ts';
import { seedDoc, seedText, textToDoc } from '../library/sections/testing/seed-docs.ts';

const glossary = glossaryIndex(glossaryTerms(loadReference({ resourcesDir: defaultResourcesDir() }).data));

/** Share of hand-checked pairs the alignment got exactly right (same English sentences, no more). */
function scoreAgainstHandList(vi: string[], en: string[], units: readonly AlignedUnit[]): { right: number; total: number; wrong: string[] } {
  let right = 0;
  const wrong: string[] = [];
  for (const [viStart, enStarts] of HAND_CHECKED_2023) {
    const v = vi.findIndex((s) => s.startsWith(viStart));
    assert.ok(v >= 0, `hand list: no Vietnamese sentence starts with “${viStart}”`);
    const expected = enStarts.map((start) => {
      const e = en.findIndex((s) => s.startsWith(start));
      assert.ok(e >= 0, `hand list: no English sentence starts with “${start}”`);
      return e;
    });
    const unit = units.find((u) => u.viCount > 0 && v >= u.viFirst && v < u.viFirst + u.viCount);
    const got = unit ? Array.from({ length: unit.enCount }, (_, k) => unit.enFirst + k) : [];
    const exact = unit?.viCount === 1 && JSON.stringify(got) === JSON.stringify(expected);
    if (exact) right++;
    else wrong.push(`${viStart} → got [${got.map((e) => en[e]!.slice(0, 30)).join(' | ')}]`);
  }
  return { right, total: HAND_CHECKED_2023.length, wrong };
}

test('the 2023 pair aligns sentence by sentence: share aligned right against the hand-checked list', async (t) => {
  const services = tempServices(t);
  const { vi, en } = await importPair2023(services);
  const aligned = alignDocs(vi.content, en.content, glossary);
  const result = scoreAgainstHandList(aligned.vi.map((s) => s.text), aligned.en.map((s) => s.text), aligned.units);
  t.diagnostic(`aligned right: ${result.right}/${result.total} (${Math.round(100 * result.right / result.total)} %)`);
  // Measured: 21/21 with anchors. The bar leaves room for tuning, not for a broken aligner.
  assert.ok(result.right / result.total >= 0.9, result.wrong.join('\n'));
  // Every sentence of both sides is in exactly one unit, in order.
  assert.equal(aligned.units.reduce((n, u) => n + u.viCount, 0), aligned.vi.length);
  assert.equal(aligned.units.reduce((n, u) => n + u.enCount, 0), aligned.en.length);
  // The raw articles (as the seed files are, before the importer takes the title line and photo
  // credits out): the English title and credits have no Vietnamese and come out unpaired.
  const raw = alignDocs(textToDoc(seedText('000').replace(/^\s*date \S+\s+/u, '')), seedDoc('003'), glossary);
  const rawResult = scoreAgainstHandList(raw.vi.map((s) => s.text), raw.en.map((s) => s.text), raw.units);
  t.diagnostic(`raw seed texts: aligned right ${rawResult.right}/${rawResult.total}`);
  assert.ok(rawResult.right / rawResult.total >= 0.9, rawResult.wrong.join('\n'));
  assert.ok(raw.units.some((u) => u.viCount === 0 && u.enText.startsWith('Deputy Foreign Minister')));
  assert.ok(raw.units.some((u) => u.viCount === 0 && /^\(Photo: Anh Son\)/u.test(u.enText)));
});

test('anchors matter: with English sentences missing, numbers, names and terms keep the rest aligned', async (t) => {
  const services = tempServices(t);
  const { vi, en } = await importPair2023(services);
  const full = alignDocs(vi.content, en.content, glossary);
  const viS = full.vi.map((s) => s.text);
  // Drop the English of three Vietnamese sentences: those must come out alone, the others still right.
  const dropped = ['Initiatives and frameworks', 'Many groups of solutions', 'ASEAN\'s role, voice'];
  const enS = full.en.map((s) => s.text).filter((s) => !dropped.some((d) => s.startsWith(d)));
  const score = (beads: ReturnType<typeof alignSentences>) => {
    let right = 0;
    for (const [viStart, enStarts] of HAND_CHECKED_2023) {
      const v = viS.findIndex((s) => s.startsWith(viStart));
      const bead = beads.find((b) => b.vi.includes(v))!;
      const expected = enStarts.filter((e) => !dropped.includes(e)).map((e) => enS.findIndex((s) => s.startsWith(e)));
      if (bead.vi.length === 1 && JSON.stringify(bead.en) === JSON.stringify(expected)) right++;
    }
    return right;
  };
  const anchored = score(alignSentences({ vi: viS, en: enS, glossary }));
  const strip = (s: string) => s.replace(/\d/gu, 'x').toLowerCase();
  const bare = score(alignSentences({ vi: viS.map(strip), en: enS.map(strip), glossary: EMPTY_GLOSSARY }));
  t.diagnostic(`3 English sentences removed: length only ${bare}/21 right, with anchors ${anchored}/21`);
  // Measured: 17/21 with anchors, 11/21 with lengths only (the 3 dropped sentences' Vietnamese count as wrong if paired).
  assert.ok(anchored >= 15, `with anchors ${anchored}/21`);
  assert.ok(anchored > bare, `anchors ${anchored} vs lengths only ${bare}`);
});

test('a correction is a fixed bead: the aligner keeps it and realigns around it', () => {
  const vi = ['Câu một có 2023.', 'Câu hai nói về Vụ ASEAN.', 'Câu ba kết thúc.'];
  const en = ['Sentence one has 2023.', 'Sentence two is about the ASEAN Department.', 'Sentence three ends.'];
  const plain = alignSentences({ vi, en, glossary });
  assert.deepEqual(plain.map((b) => [b.vi, b.en]), [[[0], [0]], [[1], [1]], [[2], [2]]]);
  // The user says sentences 2 and 3 of the Vietnamese are one English sentence, and EN 1 has no partner.
  const fixed = alignSentences({ vi, en, glossary, fixed: [{ vi: [1, 2], en: [2] }, { vi: [], en: [1] }] });
  assert.deepEqual(fixed.map((b) => [b.vi, b.en, b.corrected]), [[[0], [0], false], [[], [1], true], [[1, 2], [2], true]]);
  // A correction that crosses an earlier one is ignored rather than breaking the order.
  const crossing = alignSentences({ vi, en, glossary, fixed: [{ vi: [2], en: [0] }, { vi: [0], en: [2] }] });
  assert.equal(crossing.reduce((n, b) => n + b.vi.length, 0), 3);
  assert.equal(crossing.reduce((n, b) => n + b.en.length, 0), 3);
});
