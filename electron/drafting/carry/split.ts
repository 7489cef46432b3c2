// Last year's orientations → checklist items: one item per orientation, split from paragraphs, from
// "+"/"-" items and from ";"-separated clauses. A lead-in ("Trao đổi về các định hướng …, các bộ, ngành
// nhất trí") and connectives ("Bên cạnh đó,") are dropped so each item reads as a task.
import type { DocBlock, DocCarryItem, DocState } from '../../shared/doc.ts';
import { blockText } from '../../shared/doc-build.ts';

export interface SectionRange { key: string; blockStart: number; blockEnd: number; title?: string }

/** An orientations section that forecasts ("1. Dự báo tình hình", "Outlook") holds no tasks to report on. */
const OUTLOOK = /d[ựu] b[áa]o|b[ốo]i c[ảa]nh|outlook|context/iu;

/** "Trao đổi về các định hướng …, các bộ, ngành nhất trí " / "Discussing the orientations for 2026, ministries agreed to ". */
const LEAD_IN = /^((?:trao đổi|thảo luận|bàn về|về|đối với|discussing|on|regarding|as for)\s.{0,200}?(?:nhất trí|thống nhất|agreed to|agreed that|agreed on)\s+)(?=\S)/iu;
const CONNECTIVE = /^(bên cạnh đó|ngoài ra|đồng thời|thêm vào đó|mặt khác|in addition|besides|moreover|furthermore|along with (that|this)|also)\s*,?\s*/iu;
const BULLET = /^\s*[-+•–*]\s+/u;
/** A heading such as "III. PHƯƠNG HƯỚNG…" or "Orientations for 2026" is not itself a task. */
function isHeadingLike(block: DocBlock): boolean { return block.type === 'heading'; }

function tidy(s: string): string {
  let t = s.replace(/\s+/gu, ' ').trim().replace(/^[;,.:]\s*/, '');
  t = t.replace(CONNECTIVE, '');
  t = t.replace(/\s*(\.\/\.|\.\/|\/\.)$/u, '').replace(/[;,.…]+\s*$/u, '').trim();
  if (t.length > 0) t = t[0]!.toLocaleUpperCase('vi') + t.slice(1);
  return t;
}

// Verbs that open a task: a comma (or "…", "nhất là") before one of them starts another orientation in a
// long run-on sentence, as the published articles write them ("tiếp tục phát huy …, đóng góp …, đẩy mạnh …").
const TASK_VERBS_VI = ['đóng góp', 'nỗ lực', 'đưa', 'xây dựng', 'đẩy mạnh', 'nâng cao', 'tổ chức', 'kiện toàn', 'lồng ghép',
  'chủ động', 'tăng cường', 'thúc đẩy', 'triển khai', 'phối hợp', 'ủng hộ', 'hoàn thiện', 'tiếp tục', 'quán triệt', 'phát huy',
  'chuẩn bị', 'tham gia', 'củng cố', 'mở rộng', 'đảm bảo', 'bảo đảm'];
const TASK_VERBS_EN = ['continue', 'promote', 'strengthen', 'enhance', 'support', 'implement', 'organise', 'organize', 'build',
  'bring', 'contribute', 'work', 'step up', 'prepare', 'coordinate', 'consolidate', 'ensure', 'take part', 'actively'];
const VERB_SPLIT = new RegExp(
  `(?:,|…|\\.\\.\\.|;)\\s+(?:(?:nhất là|đặc biệt là|trong đó có|and|especially|in particular)\\s+)?(?=(?:${[...TASK_VERBS_VI, ...TASK_VERBS_EN].join('|')})\\s)`,
  'giu',
);
const MIN_WORDS = 4;

/** Splits a run-on sentence before task verbs; pieces shorter than MIN_WORDS stay with the one before. */
function splitRunOn(sentence: string): string[] {
  const pieces = sentence.split(VERB_SPLIT);
  const out: string[] = [];
  for (const piece of pieces) {
    const words = piece.trim().split(/\s+/u).length;
    if (out.length > 0 && (words < MIN_WORDS || out[out.length - 1]!.trim().split(/\s+/u).length < MIN_WORDS)) out[out.length - 1] += `, ${piece.trim()}`;
    else out.push(piece);
  }
  return out;
}

/** The clauses of one paragraph or list line, as items. */
export function splitOrientation(raw: string): string[] {
  const lines = raw.split(/\n/u).map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  for (const line of lines) {
    let body = line.replace(BULLET, '');
    const lead = LEAD_IN.exec(body);
    // Only a lead-in that ends a clause-like opening (it has a comma before the verb): "Trao đổi …, các bộ, ngành nhất trí tiếp tục …".
    if (lead && lead[1]!.includes(',')) body = body.slice(lead[1]!.length);
    for (const clause of body.split(/;\s*/u).flatMap(splitRunOn)) {
      const item = tidy(clause);
      if (item.length >= 3 && !/:$/u.test(item)) out.push(item);
      else if (/:$/u.test(item) && clause === body) continue; // "Các nhiệm vụ chính:" introduces the list
    }
  }
  return out;
}

let counter = 0;
/** Stable, unique enough ids for items (no crypto: pure and usable in the renderer). */
export function itemId(index: number, seed = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `c${seed.toString(36)}-${index.toString(36)}-${counter.toString(36)}`;
}

/** Items from the orientations sections of a previous review. */
export function carryItems(content: DocState, sections: readonly SectionRange[], seed?: number): DocCarryItem[] {
  const texts: string[] = [];
  for (const s of sections) {
    if (s.key !== 'orientations') continue;
    if (s.title && OUTLOOK.test(s.title)) continue;
    for (let i = s.blockStart; i < s.blockEnd; i++) {
      const block = content.root.children[i];
      if (!block || isHeadingLike(block)) continue;
      if (block.type === 'carry-checklist') continue; // last year's own checklist reported on the year before
      if (block.type === 'list') { for (const item of blockText(block).split('\n')) texts.push(item); continue; }
      texts.push(blockText(block));
    }
  }
  const items = texts.flatMap(splitOrientation);
  return items.map((text, index) => ({ id: itemId(index, seed), text, status: null, result: '' }));
}
