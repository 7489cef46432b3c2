// drafting (issue 10). A field of the draft ({{chair}}, {{year}}…) shown as a chip with its value. It is a
// token-mode text node whose text IS its value: search, word count and the exporter read it like text, the
// caret steps over it, Backspace takes it whole, and typed letters (Unikey's Backspace + letters, IME
// composition) go into the text beside it, never into it. An empty field shows its label (CSS ::before).
import {
  $applyNodeReplacement, isHTMLElement, TextNode, type DOMExportOutput, type EditorConfig, type LexicalEditor, type LexicalNode, type LexicalUpdateJSON, type NodeKey,
  type SerializedTextNode, type Spread,
} from 'lexical';
import { fieldDef } from '../../../../electron/shared/fields.ts';
import { $isCapsHeading, capsChipText } from '../capsSymbols.ts';

export type SerializedFieldNode = Spread<{ type: 'field'; version: 1; name: string; confirmed: boolean }, SerializedTextNode>;

export type FieldState = 'filled' | 'unconfirmed' | 'empty';

export function fieldState(text: string, confirmed: boolean): FieldState {
  return text === '' ? 'empty' : confirmed ? 'filled' : 'unconfirmed';
}

/**
 * Chips whose DOM text is brought up to date a few frames later (keys are unique across editors). A
 * field changed everywhere rewrites its chips on screen in the frame of the change and the off-screen
 * ones next, nearest first, through ordinary history-merge updates (editor/drafting/fields.ts): writing
 * and laying out 500 chips in 250 paragraphs at once cost two frames. The editor state, and so undo,
 * save, export, search and the word count, hold the new value at once.
 */
export const DEFERRED_CHIP_DOM = new Set<NodeKey>();

export class FieldNode extends TextNode {
  __name: string;
  __confirmed: boolean;

  static override getType(): string { return 'field'; }

  static override clone(node: FieldNode): FieldNode {
    return new FieldNode(node.__name, node.__text, node.__confirmed, node.__key);
  }

  constructor(name: string, text = '', confirmed = false, key?: NodeKey) {
    super(text, key);
    this.__name = name;
    this.__confirmed = confirmed;
  }

  static override importJSON(json: SerializedFieldNode): FieldNode {
    return $createFieldNode(json.name, json.text, json.confirmed).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFieldNode>): this {
    return super.updateFromJSON(json).setMode('token');
  }

  override exportJSON(): SerializedFieldNode {
    return { ...super.exportJSON(), type: 'field', version: 1, name: this.__name, confirmed: this.__confirmed };
  }

  /** The state attributes and tooltip; written only when the state changes (500 chips change at once). */
  private decorateState(dom: HTMLElement, state: FieldState): void {
    const label = fieldDef(this.__name).label;
    dom.dataset.state = state;
    dom.title = state === 'empty' ? `${label.vi} — chưa có giá trị / ${label.en} — empty` : state === 'unconfirmed' ? `${label.vi} — chưa xác nhận / ${label.en} — unconfirmed` : `${label.vi} / ${label.en}`;
  }

  /**
   * The chip's text as drawn in a Vietnamese review's caps heading when its value holds a document
   * symbol ("QUYẾT ĐỊNH 155/QĐ-TTg"), or null: drawn as the value, in the heading's CSS capitals.
   * `scope`: an element of this editor, for the review's language.
   */
  private capsText(scope: Element | null | undefined): string | null {
    if (!$isCapsHeading(this.getParent())) return null;
    if (scope?.closest('[data-doc-lang]')?.getAttribute('data-doc-lang') === 'en') return null;
    return capsChipText(this.__text);
  }

  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const dom = super.createDOM(config, editor);
    const caps = this.capsText(editor?.getRootElement());
    if (caps !== null) {
      innermost(dom).textContent = caps; // the same length as the value: Lexical's offsets still hold
      dom.dataset.capsSymbols = 'true';
    }
    const label = fieldDef(this.__name).label;
    dom.classList.add('rd-field');
    // Not editable in the DOM: Chromium puts text it inserts itself (IME composition, which Lexical cannot
    // intercept) at the "upstream" position of a boundary, the end of the chip; a composition begun at the
    // chip's edge then went into the chip, Lexical moved it out, and the restarted composition swallowed
    // the space after the chip. A non-editable chip leaves Chromium only the text beside it. Lexical still
    // owns the node: selection, Backspace (never prevented here), copy and undo work through it.
    dom.contentEditable = 'false';
    dom.dataset.field = this.__name;
    dom.dataset.labelVi = label.vi;
    dom.dataset.labelEn = label.en;
    this.decorateState(dom, fieldState(this.__text, this.__confirmed));
    return dom;
  }

  /** Copied out (HTML on the clipboard) as its value, an ordinary editable span. */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const out = super.exportDOM(editor);
    if (isHTMLElement(out.element)) {
      out.element.removeAttribute('contenteditable');
      if (out.element.dataset.capsSymbols) {
        innermost(out.element).textContent = this.__text;
        delete out.element.dataset.capsSymbols;
      }
    }
    return out;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__name !== this.__name) return true;
    // Off screen, only the value changed: written when the chip's turn comes (DEFERRED_CHIP_DOM).
    if (DEFERRED_CHIP_DOM.has(this.__key) && prevNode.__format === this.__format && prevNode.__style === this.__style) return false;
    // A chip drawn with capitals of its own (capsText) is drawn again: Lexical would write the value over it.
    if (dom.dataset.capsSymbols === 'true' || this.capsText(dom) !== null) return true;
    const recreate = super.updateDOM(prevNode, dom, config);
    // Compared with the DOM, not with prevNode: a deferred chip's DOM may be several values behind.
    const state = fieldState(this.__text, this.__confirmed);
    if (!recreate && dom.dataset.state !== state) this.decorateState(dom, state);
    return recreate;
  }

  getName(): string { return this.getLatest().__name; }
  isConfirmed(): boolean { return this.getLatest().__confirmed; }

  /** Sets the value (and marks it confirmed: the user typed or accepted it). */
  setValue(value: string, confirmed = true): this {
    const self = this.getWritable();
    self.__confirmed = confirmed;
    return self.setTextContent(value.normalize('NFC'));
  }

  // Typing at either edge goes into a neighbouring text node, never into the field.
  override canInsertTextBefore(): boolean { return false; }
  override canInsertTextAfter(): boolean { return false; }
  override isTextEntity(): true { return true; }
}

/** The element holding the text of a text node's DOM (inside its format tags). */
function innermost(dom: HTMLElement): HTMLElement {
  let el = dom;
  while (el.firstElementChild instanceof HTMLElement) el = el.firstElementChild;
  return el;
}

export function $createFieldNode(name: string, value = '', confirmed = value !== ''): FieldNode {
  return $applyNodeReplacement(new FieldNode(name, value.normalize('NFC'), confirmed)).setMode('token');
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
