// Builds the reference from parsed files (one per kind) and the user's edits. Never throws: problems are listed.
import type { FileProblem } from '../problems.ts';
import { REF_KINDS, type ReferenceData, type ReferenceEdit, type RefEntry } from './schema.ts';
import { parseReferenceFile, type ParsedFile } from './parse.ts';
import { applyEdits, crossCheck, type EditProblem } from './edits.ts';
import { refMessages as m } from './messages.ts';

export interface Reference {
  data: ReferenceData;
  /** Problems in the files (bundled or user), with file and line. */
  problems: FileProblem[];
  /** Stored edits that no longer fit (after an upgrade of the bundled files, say). */
  editProblems: EditProblem[];
}

export function emptyReferenceData(): ReferenceData {
  return Object.fromEntries(REF_KINDS.map((k) => [k, []])) as unknown as ReferenceData;
}

export interface SourceFile { file: string; text: string; origin?: 'bundled' | 'user' }

export function buildReference(files: readonly (SourceFile | ParsedFile)[], edits: readonly ReferenceEdit[] = []): Reference {
  const data = emptyReferenceData();
  const problems: FileProblem[] = [];
  const byKind = new Map<string, string>();
  const lines = new Map<RefEntry, { file: string; origin: 'bundled' | 'user'; line: number | null }>();
  for (const f of files) {
    const parsed = 'entries' in f ? f : parseReferenceFile(f.file, f.text, f.origin ?? 'bundled');
    problems.push(...parsed.problems);
    if (parsed.kind === null) continue;
    const other = byKind.get(parsed.kind);
    if (other !== undefined) { problems.push({ file: parsed.file, origin: parsed.origin, line: 1, reason: m.duplicateKind(parsed.kind, other) }); continue; }
    byKind.set(parsed.kind, parsed.file);
    const list = data[parsed.kind] as RefEntry[];
    for (const { entry, line } of parsed.entries) {
      const withOrigin = { ...entry, origin: { bundled: true, userFields: [] } } as RefEntry;
      list.push(withOrigin);
      lines.set(withOrigin, { file: parsed.file, origin: parsed.origin, line });
    }
  }
  // Cross-file references: drop entries that point nowhere, and say where they are.
  for (const kind of REF_KINDS) {
    const list = data[kind] as RefEntry[];
    for (let i = list.length - 1; i >= 0; i--) {
      const entry = list[i]!;
      const reason = crossCheck(data, kind, entry);
      if (!reason) continue;
      const at = lines.get(entry);
      problems.push({ file: at?.file ?? `${kind}.yaml`, origin: at?.origin ?? 'bundled', line: at?.line ?? null, reason });
      list.splice(i, 1);
    }
  }
  const applied = applyEdits(data, edits);
  return { data: applied.data, problems, editProblems: applied.problems };
}
