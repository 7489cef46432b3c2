// A roll-forward mark (reuse, issue 11): a word the app changed when bringing reused text to this year,
// shown as the new text with the old one struck through before it (CSS ::before from data-old, so the
// DOM text stays exactly the node's text for Lexical's selection) until the user accepts or rejects it.
// A text node of its own type: Lexical never merges it with plain text, and typing next to it goes into
// a plain node (canInsertTextBefore/After false), so a mark holds only what roll-forward wrote.
import {
  $applyNodeReplacement, $createTextNode, TextNode, type EditorConfig, type LexicalNode, type LexicalUpdateJSON, type NodeKey,
  type SerializedTextNode, type Spread,
} from 'lexical';
import type { RollMarkRule } from '../../../../electron/shared/doc.ts';

export type SerializedRollMarkNode = Spread<{ type: 'roll-mark'; oldText: string; rule: RollMarkRule }, SerializedTextNode>;

export class RollMarkNode extends TextNode {
  __oldText: string;
  __rule: RollMarkRule;

  static override getType(): string {
    return 'roll-mark';
  }

  static override clone(node: RollMarkNode): RollMarkNode {
    return new RollMarkNode(node.__text, node.__oldText, node.__rule, node.__key);
  }

  constructor(text = '', oldText = '', rule: RollMarkRule = 'reviewed-year', key?: NodeKey) {
    super(text, key);
    this.__oldText = oldText;
    this.__rule = rule;
  }

  static override importJSON(json: SerializedRollMarkNode): RollMarkNode {
    return $createRollMarkNode(json.text, json.oldText, json.rule).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedRollMarkNode>): this {
    const self = super.updateFromJSON(json).getWritable();
    self.__oldText = typeof json.oldText === 'string' ? json.oldText : '';
    self.__rule = json.rule;
    return self;
  }

  override exportJSON(): SerializedRollMarkNode {
    return { ...super.exportJSON(), type: 'roll-mark', version: 1, oldText: this.getOldText().normalize('NFC'), rule: this.getRule() };
  }

  getOldText(): string {
    return this.getLatest().__oldText;
  }

  getRule(): RollMarkRule {
    return this.getLatest().__rule;
  }

  private decorate(dom: HTMLElement): void {
    dom.classList.add('rd-roll-mark');
    dom.dataset.old = this.__oldText;
    dom.dataset.rule = this.__rule;
    dom.dataset.rollMark = this.__key;
    dom.title = `${this.__oldText} → ${this.__text}`;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    this.decorate(dom);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const recreate = super.updateDOM(prevNode, dom, config);
    if (!recreate) this.decorate(dom);
    return recreate;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  /** Accepting keeps the new text as plain text (same format); rejecting puts the old text back. */
  settle(how: 'accept' | 'reject'): TextNode {
    const plain = $createTextNode(how === 'accept' ? this.getTextContent() : this.getOldText());
    plain.setFormat(this.getFormat());
    plain.setStyle(this.getStyle());
    this.replace(plain);
    return plain;
  }
}

export function $createRollMarkNode(text: string, oldText: string, rule: RollMarkRule): RollMarkNode {
  return $applyNodeReplacement(new RollMarkNode(text, oldText, rule));
}

export function $isRollMarkNode(node: LexicalNode | null | undefined): node is RollMarkNode {
  return node instanceof RollMarkNode;
}
