// Provenance of reused blocks → reuse_links, on every save of a draft (inside its transaction).
import type { Db } from '../store/db.ts';
import type { DocState } from '../shared/doc.ts';
import { replaceReuseLinks } from '../store/reuse.ts';

export function provenanceLinks(content: DocState): { sourceId: string; sourceSection: string; blocks: number }[] {
  const counts = new Map<string, { sourceId: string; sourceSection: string; blocks: number }>();
  for (const block of content.root.children) {
    const p = block.type === 'paragraph' || block.type === 'heading' || block.type === 'list' ? block.$?.provenance : undefined;
    if (!p || typeof p.reviewId !== 'string') continue;
    const key = `${p.reviewId}\u0000${p.section ?? ''}`;
    const entry = counts.get(key);
    if (entry) entry.blocks++;
    else counts.set(key, { sourceId: p.reviewId, sourceSection: p.section ?? '', blocks: 1 });
  }
  return [...counts.values()];
}

export function syncReuseLinks(db: Db, reviewId: string, content: DocState): void {
  replaceReuseLinks(db, reviewId, provenanceLinks(content));
}
