// inbox (issue 14): a ministry's tracked change from a returned, commented draft (Word w:ins / w:del),
// waiting for the drafter. An insertion shows underlined in green and stays when accepted; a deletion
// shows struck through in red and goes when accepted. Its author and ministry are on the element (and in
// its tooltip) so the panel can settle them one by one or all of one ministry at once.
// A text node of its own type, like RollMarkNode: never merged with plain text, typing beside it goes
// into a plain node.
import {
  $applyNodeReplacement, $createTextNode, TextNode, type EditorConfig, type LexicalNode, type LexicalUpdateJSON, type NodeKey,
  type SerializedTextNode, type Spread,
} from 'lexical';

export type ReviewChangeKind = 'insertion' | 'deletion';
export type SerializedReviewChangeNode = Spread<{ type: 'review-change'; change: ReviewChangeKind; author: string; ministry: string; date: string }, SerializedTextNode>;

export class ReviewChangeNode extends TextNode {
  __change: ReviewChangeKind;
  __author: string;
  __ministry: string;
  __date: string;

  static override getType(): string {
    return 'review-change';
  }

  static override clone(node: ReviewChangeNode): ReviewChangeNode {
    return new ReviewChangeNode(node.__text, node.__change, node.__author, node.__ministry, node.__date, node.__key);
  }

  constructor(text = '', change: ReviewChangeKind = 'insertion', author = '', ministry = '', date = '', key?: NodeKey) {
    super(text, key);
    this.__change = change;
    this.__author = author;
    this.__ministry = ministry;
    this.__date = date;
  }

  static override importJSON(json: SerializedReviewChangeNode): ReviewChangeNode {
    return $createReviewChangeNode(json.text, json.change, json.author, json.ministry, json.date).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedReviewChangeNode>): this {
    const self = super.updateFromJSON(json).getWritable();
    self.__change = json.change === 'deletion' ? 'deletion' : 'insertion';
    self.__author = typeof json.author === 'string' ? json.author : '';
    self.__ministry = typeof json.ministry === 'string' ? json.ministry : '';
    self.__date = typeof json.date === 'string' ? json.date : '';
    return self;
  }

  override exportJSON(): SerializedReviewChangeNode {
    const self = this.getLatest();
    return { ...super.exportJSON(), type: 'review-change', version: 1, change: self.__change, author: self.__author, ministry: self.__ministry, date: self.__date };
  }

  getChange(): ReviewChangeKind { return this.getLatest().__change; }
  getAuthor(): string { return this.getLatest().__author; }
  getMinistry(): string { return this.getLatest().__ministry; }
  getDate(): string { return this.getLatest().__date; }

  private decorate(dom: HTMLElement): void {
    dom.classList.add('rd-review-change', `rd-review-${this.__change}`);
    dom.dataset.change = this.__change;
    dom.dataset.author = this.__author;
    dom.dataset.ministry = this.__ministry;
    dom.dataset.reviewChange = this.__key;
    dom.title = `${this.__change === 'insertion' ? '+' : '−'} ${this.__author}`;
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

  override canInsertTextBefore(): boolean { return false; }
  override canInsertTextAfter(): boolean { return false; }

  /** Accept: an insertion becomes plain text, a deletion goes. Reject: the other way round. */
  settle(how: 'accept' | 'reject'): TextNode | null {
    const keep = (this.getChange() === 'insertion') === (how === 'accept');
    if (!keep) { this.remove(); return null; }
    const plain = $createTextNode(this.getTextContent());
    plain.setFormat(this.getFormat());
    plain.setStyle(this.getStyle());
    this.replace(plain);
    return plain;
  }
}

export function $createReviewChangeNode(text: string, change: ReviewChangeKind, author: string, ministry: string, date: string): ReviewChangeNode {
  return $applyNodeReplacement(new ReviewChangeNode(text, change, author, ministry, date));
}

export function $isReviewChangeNode(node: LexicalNode | null | undefined): node is ReviewChangeNode {
  return node instanceof ReviewChangeNode;
}
