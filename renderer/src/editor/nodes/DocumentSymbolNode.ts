// A document symbol ("155/QĐ-TTg") in a heading the editor shows in capitals (a Decree 30 mục): a text
// node of its own so that CSS can leave its letters as written ("TRIỂN KHAI QUYẾT ĐỊNH 155/QĐ-TTg", as
// Word will print it; electron/docx/inline.ts). A view of the text, never stored: the export writes it
// as ordinary text joined to its neighbours (foldSymbolRunsInPlace), and CapsSymbolsPlugin makes and
// unmakes these nodes as the heading's text changes. It is an ordinary editable text node otherwise:
// typing, IME composition and Unikey's Backspace go into it like into any text.
import { $applyNodeReplacement, TextNode, type EditorConfig, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';

export type SerializedDocumentSymbolNode = Spread<{ type: 'document-symbol' }, SerializedTextNode>;

export class DocumentSymbolNode extends TextNode {
  static override getType(): string {
    return 'document-symbol';
  }

  static override clone(node: DocumentSymbolNode): DocumentSymbolNode {
    return new DocumentSymbolNode(node.__text, node.__key);
  }

  constructor(text = '', key?: NodeKey) {
    super(text, key);
  }

  /** From the clipboard of this editor (a copy inside the app); stored documents never hold one. */
  static override importJSON(json: SerializedDocumentSymbolNode): DocumentSymbolNode {
    return $createDocumentSymbolNode(json.text).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedDocumentSymbolNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedDocumentSymbolNode {
    return { ...super.exportJSON(), type: 'document-symbol' };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('rd-symbol');
    return dom;
  }
}

export function $createDocumentSymbolNode(text: string): DocumentSymbolNode {
  return $applyNodeReplacement(new DocumentSymbolNode(text));
}

export function $isDocumentSymbolNode(node: LexicalNode | null | undefined): node is DocumentSymbolNode {
  return node instanceof DocumentSymbolNode;
}

interface LooseNode { type?: unknown; text?: unknown; format?: unknown; style?: unknown; mode?: unknown; detail?: unknown; children?: unknown }

const sameLook = (a: LooseNode, b: LooseNode) => a.format === b.format && a.style === b.style && a.mode === b.mode && a.detail === b.detail;

/**
 * The serialized tree as the document schema has it: every document-symbol run becomes text, joined to a
 * text neighbour of the same format (so a heading saves as it was before the editor cut it). In place;
 * returns `node`.
 */
export function foldSymbolRunsInPlace<T>(node: T): T {
  const children = (node as LooseNode | null)?.children;
  if (!Array.isArray(children)) return node;
  let folded = false;
  for (const child of children as LooseNode[]) {
    if (child.type === 'document-symbol') { child.type = 'text'; folded = true; }
    else foldSymbolRunsInPlace(child);
  }
  if (!folded) return node;
  const out: LooseNode[] = [];
  for (const child of children as LooseNode[]) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && child.type === 'text' && sameLook(last, child) && typeof last.text === 'string' && typeof child.text === 'string') {
      last.text += child.text;
    } else out.push(child);
  }
  children.splice(0, children.length, ...out);
  return node;
}
