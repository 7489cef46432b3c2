// Comments on a stretch of text (Word comments kept at import; exported back to Word as comments).
// Lexical's MarkNode carries the ids and wraps the text inline; this node adds the comments' bodies
// (author, date, text) as a flat node state, so they sit in the document JSON as `comments`: saved in
// versions and converted by electron/docx (inline.ts commentMarkRuns). The text it wraps stays
// ordinary editable text; typing at its edges does not extend it (MarkNode's rule).
import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, $getState, $setState, createState, type EditorConfig, type LexicalNode } from 'lexical';
import type { DocCommentBody } from '../../../../electron/shared/doc.ts';

function parseComments(value: unknown): DocCommentBody[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c): DocCommentBody[] => {
    if (!c || typeof c !== 'object') return [];
    const r = c as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return [{ id: str(r.id), author: str(r.author), date: str(r.date), text: str(r.text) }];
  });
}

const commentsState = createState('comments', { parse: parseComments });

export class CommentMarkNode extends MarkNode {
  override $config() {
    return this.config('comment-mark', { extends: MarkNode, stateConfigs: [{ stateConfig: commentsState, flat: true }] });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('rd-comment');
    dom.title = tooltip(this.getComments());
    // Screen readers announce the comment with the marked words (title alone is often not read).
    dom.setAttribute('aria-description', tooltip(this.getComments()));
    dom.dataset.testid = 'comment-mark';
    return dom;
  }

  override updateDOM(prev: this, dom: HTMLElement, config: EditorConfig): boolean {
    const changed = super.updateDOM(prev, dom, config);
    dom.title = tooltip(this.getComments());
    dom.setAttribute('aria-description', tooltip(this.getComments()));
    return changed;
  }

  getComments(): DocCommentBody[] {
    return $getState(this, commentsState);
  }

  setComments(comments: DocCommentBody[]): this {
    return $setState(this, commentsState, comments.map((c) => ({ ...c })));
  }
}

/** "Author: text" per comment: the hover text over the marked words. */
function tooltip(comments: readonly DocCommentBody[]): string {
  return comments.map((c) => `${c.author ? `${c.author}: ` : ''}${c.text}`).join('\n');
}

export function $createCommentMarkNode(comments: DocCommentBody[]): CommentMarkNode {
  const node = $applyNodeReplacement(new CommentMarkNode(comments.map((c) => c.id)));
  return node.setComments(comments);
}

export function $isCommentMarkNode(node: LexicalNode | null | undefined): node is CommentMarkNode {
  return node instanceof CommentMarkNode;
}
