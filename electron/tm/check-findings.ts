// The glossary findings as findings of the shared check (drafting's check panel and `check ID`), with
// jump-to: the top-level block and the sentence's offset in that block's text.
import type { DocState } from '../shared/doc.ts';
import { blockText } from '../shared/doc-build.ts';
import { docUnits } from '../shared/segments.ts';
import { locateSegments } from '../shared/segments.ts';
import type { GlossaryFinding } from '../shared/tm.ts';
import type { Finding } from '../drafting/check/types.ts';

export function glossaryCheckFindings(content: DocState, findings: readonly GlossaryFinding[]): Finding[] {
  if (findings.length === 0) return [];
  // Which top-level block each unit is in (units are walked block by block).
  const blockOfUnit: number[] = [];
  content.root.children.forEach((block, blockIndex) => {
    const count = docUnits({ root: { ...content.root, children: [block] } }).length;
    for (let k = 0; k < count; k++) blockOfUnit.push(blockIndex);
  });
  const units = docUnits(content);
  return findings.map((f) => {
    const blockIndex = blockOfUnit[f.unitIndex] ?? 0;
    const block = content.root.children[blockIndex];
    const unitText = units[f.unitIndex]?.text ?? '';
    const inUnit = locateSegments(unitText, [f.sentence])[0]?.start ?? 0;
    const inBlock = block ? Math.max(0, blockText(block as Parameters<typeof blockText>[0]).indexOf(unitText)) : 0;
    return { kind: f.kind, message: f.message, target: { blockIndex, offset: inBlock + inUnit, length: f.sentence.length } };
  });
}
