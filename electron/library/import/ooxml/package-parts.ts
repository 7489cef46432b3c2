// The OPC side of a Word package: relationships (_rels/.rels names the main part, which Word Online
// calls word/document2.xml), and the small XML parts read whole (styles, numbering, rels).
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { posix } from 'node:path';
import { importErrors } from '../errors.ts';
import type { ZipPackage } from '../zip-guard.ts';

export interface XmlElement { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string }

/** Refuses DOCTYPE/ENTITY declarations (billion laughs, external entities) in any part read. */
export function newParser(file: string, part: string): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => { throw importErrors.xmlEntities(file, part); });
  return parser;
}

/** Parses a small part into a tree (styles, numbering, rels, comments' metadata). */
export function parseSmallXml(xml: string, file: string, part: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const parser = newParser(file, part);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => { if (!tag.isSelfClosing) stack.pop(); });
  parser.on('text', (value) => { stack.at(-1)!.text += value; });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw importErrors.truncated(file, `${part}: ${error instanceof Error ? error.message.slice(0, 120) : 'XML'}`);
  }
  return root;
}

export function* descendants(el: XmlElement, name: string): Generator<XmlElement> {
  for (const child of el.children) {
    if (child.name === name) yield child;
    yield* descendants(child, name);
  }
}

export interface Relationship { id: string; type: string; target: string; external: boolean }

/** The relationships part of `part` ("word/document.xml" → "word/_rels/document.xml.rels"). */
export function relsPathOf(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(part)}.rels`);
}

/** A relationship target resolved against its source part, as OPC does (absolute "/x" or relative). */
export function resolveTarget(source: string, target: string): string {
  const clean = decodeURIComponent(target.replace(/\\/gu, '/'));
  if (clean.startsWith('/')) return clean.slice(1);
  const dir = posix.dirname(source);
  return posix.normalize(posix.join(dir === '.' ? '' : dir, clean)).replace(/^\.\//u, '');
}

export function readRels(pkg: ZipPackage, part: string): Relationship[] {
  const path = relsPathOf(part);
  const xml = pkg.text(path);
  if (xml === null) return [];
  const out: Relationship[] = [];
  for (const rel of descendants(parseSmallXml(xml, pkg.file, path), 'Relationship')) {
    const external = rel.attrs.TargetMode === 'External';
    out.push({
      id: rel.attrs.Id ?? '',
      type: rel.attrs.Type ?? '',
      target: external ? (rel.attrs.Target ?? '') : resolveTarget(part, rel.attrs.Target ?? ''),
      external,
    });
  }
  return out;
}

/** Last path segment of a relationship type ("…/officeDocument" → "officeDocument"). */
export function relKind(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1);
}

/**
 * The main document part: the officeDocument relationship of _rels/.rels, whatever its name
 * (document.xml, document2.xml…); word/document.xml when the package has no usable root relationships.
 */
export function mainPartOf(pkg: ZipPackage): string | null {
  const main = readRels(pkg, '').find((r) => relKind(r) === 'officeDocument' && !r.external && pkg.has(r.target));
  if (main) return main.target;
  return pkg.has('word/document.xml') ? 'word/document.xml' : null;
}
