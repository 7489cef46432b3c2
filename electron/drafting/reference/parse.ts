// Parses one reference data file (YAML) into validated entries and problems with line numbers.
// A bad entry is dropped and reported; the rest of the file still counts.
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { UserMessage } from '../../shared/errors.ts';
import type { FileProblem } from '../problems.ts';
import { ENTRY_SCHEMAS, fileSchema, type RefKind, type EntryByKind } from './schema.ts';
import { refMessages as m } from './messages.ts';

export interface ParsedFile<K extends RefKind = RefKind> {
  file: string;
  origin: 'bundled' | 'user';
  kind: K | null;
  /** Valid entries with the line each starts on. */
  entries: { entry: EntryByKind[K]; line: number | null }[];
  problems: FileProblem[];
}

type Issue = z.core.$ZodIssue;

/** The user-facing reason for one schema issue. */
export function describeIssue(issue: Issue, input: unknown): UserMessage {
  const field = issue.path.map(String).join('.') || '—';
  const why = issueReason(issue, input);
  return m.field(field, why);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The reason alone, for a form that shows it next to the field. */
export function issueReason(issue: Issue, input: unknown): UserMessage {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return m.required();
      if (issue.expected === 'number') return last === 'year' ? m.notYear() : m.notNumber();
      if (issue.expected === 'boolean') return m.notBoolean();
      if (issue.expected === 'array') return m.notList();
      return m.notText();
    case 'too_small':
    case 'too_big':
      if (last === 'year') return m.notYear();
      if (issue.origin === 'string') return m.notText();
      return m.invalid(issue.message);
    case 'invalid_format':
      if (issue.format === 'regex' && issue.message === 'member-code') return m.notMemberCode();
      if (issue.format === 'includes') return m.needsN();
      return m.invalid(issue.message);
    case 'unrecognized_keys':
      return m.unknownField(issue.keys.join(', '));
    case 'custom':
      if (issue.message === 'date') return m.notDate();
      if (issue.message === 'key-year') return m.keyYear();
      if (issue.message === 'key-number') return m.keyNumber();
      if (issue.message === 'date-year') return m.dateYear();
      return m.invalid(issue.message);
    default:
      return m.invalid(issue.message);
  }
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  // Walk down as far as the path exists, so a missing field points at its entry.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

export function parseReferenceFile(file: string, source: string, origin: 'bundled' | 'user' = 'bundled'): ParsedFile {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: FileProblem[] = [];
  const result: ParsedFile = { file, origin, kind: null, entries: [], problems };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, origin, line: e.linePos?.[0].line ?? counter.linePos(e.pos[0]).line, reason: m.yaml(e.message.split('\n')[0] ?? e.message) });
    return result;
  }
  const raw: unknown = doc.toJS();
  const shape = fileSchema.safeParse(raw);
  if (!shape.success || !isMap(doc.contents) || !isSeq(doc.get('entries', true))) {
    problems.push({ file, origin, line: 1, reason: m.fileShape() });
    return result;
  }
  const kind = shape.data.kind;
  result.kind = kind;
  const schema = ENTRY_SCHEMAS[kind];
  const seen = new Set<string>();
  shape.data.entries.forEach((value, index) => {
    const line = lineOf(doc, counter, ['entries', index]);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, origin, line: lineOf(doc, counter, ['entries', index, ...issue.path]), reason: describeIssue(issue, value) });
      }
      return;
    }
    if (seen.has(parsed.data.key)) {
      problems.push({ file, origin, line, reason: m.duplicateKey(parsed.data.key) });
      return;
    }
    seen.add(parsed.data.key);
    result.entries.push({ entry: parsed.data as EntryByKind[RefKind], line });
  });
  return result;
}
