// The translation memory from a terminal: translate, tm, link, unlink, align and the glossary part of check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { tempDir } from '../test/temp.ts';
import { createServices } from '../services/index.ts';
import { doc, paragraph } from '../shared/doc-build.ts';
import { importPair2023 } from '../tm/testing/pair-2023.ts';
import type { GlossaryFinding, TmMatch } from '../shared/tm.ts';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');

function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('translate, tm, link/unlink, align and check from the CLI', async (t) => {
  const dir = tempDir(t);
  const services = createServices({ dataDir: dir, mode: 'cli' });
  const { vi, en } = await importPair2023(services);
  const draft = services.reviews.create({
    title: 'Thông cáo 2024', year: 2024, lang: 'vi', kind: 'press',
    content: doc([paragraph('Khoảng 80 đại biểu đại diện các bộ, ngành đã tham gia cuộc họp. Cũng tại cuộc họp, Vụ ASEAN đã cập nhật thông tin cho các bộ, ngành.')]),
  });
  const other = services.reviews.create({ title: 'Other', year: 2024, lang: 'en', content: doc([paragraph('Nothing to see here.')]) });
  services.close();

  // translate: the new id first, then one line per sentence with its score.
  const made = cli(dir, 'translate', draft.id, '--to', 'en');
  assert.equal(made.code, 0, made.err);
  const [newId, summary, ...rest] = made.out.trim().split('\n');
  assert.match(newId!, /^[0-9a-f-]{36}$/);
  assert.match(summary!, /2 sentences: 0 exact, 1 fuzzy/);
  assert.match(rest.join('\n'), /80 %\t0\.0\tKhoảng 80 đại biểu/);
  assert.match(rest.join('\n'), /→ Nearly 80 delegates/);
  assert.match(rest.join('\n'), /differences: Khoảng 80 đại biểu đại diện các bộ \[-ban-\] ngành đã tham gia \[-Hội nghị-\] \{\+cuộc họp\+\}/);
  assert.equal(cli(dir, 'translate', draft.id, '--to', 'vi').code, 1);

  // tm: best matches, language guessed; --json.
  const tm = cli(dir, 'tm', 'Nearly 80 delegates representing ministries/departments/sectors attended the Conference.');
  assert.match(tm.out, /^100 %\t2023\tKhoảng 80 đại biểu/m);
  const tmJson = JSON.parse(cli(dir, 'tm', 'Vụ ASEAN đã cập nhật thông tin cho các bộ, ngành.', '--json').out) as { matches: TmMatch[]; glossary: { key: string }[] };
  assert.ok(tmJson.glossary.some((g) => g.key === 'vu-asean'));


  // link / unlink / align
  assert.match(cli(dir, 'link', draft.id, other.id).out, /linked: .* \(vi\) ⇄ .* \(en\)/);
  assert.equal(cli(dir, 'link', vi.id, draft.id).code, 1, 'same language');
  assert.match(cli(dir, 'unlink', other.id).out, /unlinked \(1\)/);
  const align = cli(dir, 'align', en.id);
  assert.equal(align.code, 0, align.err);
  assert.match(align.out, /0 corrections/);
  assert.match(align.out, /^0 +\d+ +0\.\d\d\tKhoảng 80 đại biểu/m);
  const fixed = cli(dir, 'align', vi.id, '--pair', '0', '--pair', '0,1');
  assert.match(fixed.out, /1 corrections/);
  assert.match(fixed.out, /^0 +0,1 +fixed/m);
});

test('check lists a glossary finding for "Vụ ASEAN" translated as something else', async (t) => {
  const dir = tempDir(t);
  const services = createServices({ dataDir: dir, mode: 'cli' });
  const { vi } = await importPair2023(services);
  const { review } = services.tm.translate(vi.id, 'en');
  const content = JSON.parse(JSON.stringify(services.reviews.get(review.id).content).replace('the ASEAN Department,', 'the Department of ASEAN Affairs,'));
  services.reviews.save(review.id, content, 'manual');
  services.close();
  const out = cli(dir, 'check', review.id, '--json');
  const findings = JSON.parse(out.out) as (GlossaryFinding & { target: { blockIndex: number } })[];
  const vu = findings.find((f) => f.kind === 'glossary-term' && /Vụ ASEAN/.test(f.message.en));
  assert.ok(vu, out.out);
  assert.equal(typeof vu.target.blockIndex, 'number');
  assert.match(cli(dir, 'check', review.id, '--lang', 'en').out, /“Vụ ASEAN” should be translated as “ASEAN Department”/);
});
