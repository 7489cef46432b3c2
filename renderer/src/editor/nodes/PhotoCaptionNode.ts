// A photo caption from an imported web article ("… (Ảnh: An Đăng/TTXVN)"): a paragraph of its own
// kind, shown muted, so it is recognisable and the Decree 30 export can leave it out (unless the user
// asks for captions). Enter at its end starts an ordinary paragraph (ParagraphNode's insertNewAfter).
import { $applyNodeReplacement, ParagraphNode, type EditorConfig, type LexicalNode } from 'lexical';

export class PhotoCaptionNode extends ParagraphNode {
  override $config() {
    return this.config('photo-caption', { extends: ParagraphNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('rd-caption');
    dom.dataset.testid = 'photo-caption';
    return dom;
  }
}

export function $createPhotoCaptionNode(): PhotoCaptionNode {
  return $applyNodeReplacement(new PhotoCaptionNode());
}

export function $isPhotoCaptionNode(node: LexicalNode | null | undefined): node is PhotoCaptionNode {
  return node instanceof PhotoCaptionNode;
}
