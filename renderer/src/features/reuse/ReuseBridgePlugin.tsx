// reuse (issue 11): the bridge between the editor and the reuse panel, registered in one effect.
// - Reports the caret's top-level block (index, text) and the selected words, DEBOUNCED: a keystroke
//   only restarts a timer, so typing is never slowed by the panel.
// - Gives the panel a handle to insert rolled blocks at the caret, accept/reject marks, jump to a block.
// - Keyboard: Ctrl+Alt+A / Ctrl+Alt+R accept / reject the mark at (or after) the caret; with Shift, all
//   marks; Ctrl+Alt+. selects the next mark. Backspace is never handled here (Unikey sends it).
// - Shows where a reused block came from: a title (hover) and a class on the block's element.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $generateNodesFromSerializedNodes, type BaseSerializedNode } from '@lexical/clipboard';
import { HeadingNode } from '@lexical/rich-text';
import { ListNode } from '@lexical/list';
import {
  $getNodeByKey, $getRoot, $getSelection, $getState, $isElementNode, $isParagraphNode, $isRangeSelection,
  COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, ParagraphNode, type LexicalEditor, type LexicalNode, type NodeKey,
} from 'lexical';
import type { DocBlock, Provenance, RollMarkRule } from '../../../../electron/shared/doc.ts';
import { $isRollMarkNode, RollMarkNode } from '../../editor/nodes/RollMarkNode.ts';
import { provenanceState } from '../../editor/provenance.ts';
import { scrollElementIntoView } from '../../editor/windowing.ts';

export interface CaretInfo { blockIndex: number; text: string; selectedText: string }
export interface MarkInfo { key: NodeKey; oldText: string; newText: string; rule: RollMarkRule; blockIndex: number }

export interface ReuseHandle {
  /** Inserts blocks after the caret's block (or in place of an empty one); returns false if read-only. */
  insertBlocks(blocks: DocBlock[]): boolean;
  /** Inserts one paragraph's content at the caret, inside the current paragraph. */
  insertInline(block: DocBlock): boolean;
  settle(key: NodeKey, how: 'accept' | 'reject'): void;
  settleAll(how: 'accept' | 'reject'): void;
  selectMark(key: NodeKey): void;
  jumpTo(blockIndex: number): void;
  /** Plain text of top-level blocks [start, end). */
  blockTexts(start: number, end: number): string[];
  marks(): MarkInfo[];
}

export const CARET_DEBOUNCE_MS = 250;

function describe(p: Provenance): string {
  return `${p.title} (${p.year}${p.section ? `, ${p.section}` : ''})`;
}

function topIndex(node: LexicalNode): number {
  const top = node.getTopLevelElement();
  return top ? top.getIndexWithinParent() : -1;
}

function readMarks(editor: LexicalEditor, keys: Set<NodeKey>): MarkInfo[] {
  return editor.getEditorState().read(() => {
    const out: { info: MarkInfo; node: RollMarkNode }[] = [];
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if ($isRollMarkNode(node) && node.isAttached()) {
        out.push({ node, info: { key, oldText: node.getOldText(), newText: node.getTextContent(), rule: node.getRule(), blockIndex: topIndex(node) } });
      }
    }
    out.sort((a, b) => a.info.blockIndex - b.info.blockIndex || (a.node.isBefore(b.node) ? -1 : 1));
    return out.map((o) => o.info);
  });
}

export function ReuseBridgePlugin(props: {
  onCaret(info: CaretInfo): void;
  onMarks(marks: MarkInfo[]): void;
  onReady(handle: ReuseHandle | null): void;
  describeSource?: (p: Provenance) => string;
}): null {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef(props);
  useEffect(() => { callbacks.current = props; });

  useEffect(() => {
    const markKeys = new Set<NodeKey>();
    let caretTimer: ReturnType<typeof setTimeout> | null = null;
    let marksTimer: ReturnType<typeof setTimeout> | null = null;
    let lastCaret = '';

    const reportCaret = () => {
      caretTimer = null;
      const info = editor.getEditorState().read((): CaretInfo | null => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        const top = selection.anchor.getNode().getTopLevelElement();
        if (!top) return null;
        return { blockIndex: top.getIndexWithinParent(), text: top.getTextContent(), selectedText: selection.isCollapsed() ? '' : selection.getTextContent() };
      });
      if (!info) return;
      const key = `${info.blockIndex}\u0000${info.text}\u0000${info.selectedText}`;
      if (key === lastCaret) return;
      lastCaret = key;
      callbacks.current.onCaret(info);
    };
    const reportMarks = () => {
      marksTimer = null;
      callbacks.current.onMarks(readMarks(editor, markKeys));
    };
    const scheduleMarks = () => { if (marksTimer === null) marksTimer = setTimeout(reportMarks, CARET_DEBOUNCE_MS); };

    const $markAtCaret = (): RollMarkNode | null => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return null;
      const node = selection.anchor.getNode();
      if ($isRollMarkNode(node)) return node;
      const offset = selection.anchor.offset;
      const near = offset === 0 ? node.getPreviousSibling() : node.getNextSibling();
      if ($isRollMarkNode(near)) return near;
      // Otherwise the first mark after the caret.
      const marks = [...markKeys].map((k) => $getNodeByKey(k)).filter((n): n is RollMarkNode => $isRollMarkNode(n) && n.isAttached());
      return marks.filter((m) => node.isBefore(m)).sort((a, b) => (a.isBefore(b) ? -1 : 1))[0] ?? null;
    };

    const decorateBlock = (key: NodeKey) => {
      const element = editor.getElementByKey(key);
      if (!element) return;
      const p = editor.getEditorState().read(() => {
        const node = $getNodeByKey(key);
        return node ? $getState(node, provenanceState) : null;
      });
      if (p) {
        element.classList.add('rd-reused');
        element.title = (callbacks.current.describeSource ?? describe)(p);
        element.dataset.sourceReview = p.reviewId;
      } else if (element.dataset.sourceReview) {
        element.classList.remove('rd-reused');
        element.removeAttribute('title');
        delete element.dataset.sourceReview;
      }
    };
    const onBlocks = (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) => {
      for (const [key, kind] of mutations) if (kind !== 'destroyed') decorateBlock(key);
    };

    const handle: ReuseHandle = {
      insertBlocks(blocks) {
        if (!editor.isEditable() || !blocks.length) return false;
        editor.update(() => {
          const nodes = $generateNodesFromSerializedNodes(blocks as unknown as BaseSerializedNode[]);
          const selection = $getSelection();
          const root = $getRoot();
          const top = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : root.getLastChild();
          let last: LexicalNode | null = null;
          if (top && $isParagraphNode(top) && top.getTextContent().trim() === '') {
            for (const n of nodes) top.insertBefore(n);
            last = nodes[nodes.length - 1] ?? null;
            top.remove();
          } else if (top) {
            let prev: LexicalNode = top;
            for (const n of nodes) { prev.insertAfter(n); prev = n; }
            last = prev;
          } else {
            root.append(...nodes);
            last = nodes[nodes.length - 1] ?? null;
          }
          if (last && $isElementNode(last)) last.selectEnd();
        });
        return true;
      },
      insertInline(block) {
        if (!editor.isEditable()) return false;
        if (block.type !== 'paragraph') return handle.insertBlocks([block]);
        editor.update(() => {
          const [paragraph] = $generateNodesFromSerializedNodes([block as unknown as BaseSerializedNode]);
          const selection = $getSelection();
          if (!paragraph || !$isElementNode(paragraph) || !$isRangeSelection(selection)) return;
          selection.insertNodes(paragraph.getChildren());
        });
        return true;
      },
      settle(key, how) {
        editor.update(() => {
          const node = $getNodeByKey(key);
          if ($isRollMarkNode(node)) node.settle(how);
        });
      },
      settleAll(how) {
        editor.update(() => {
          for (const key of [...markKeys]) {
            const node = $getNodeByKey(key);
            if ($isRollMarkNode(node) && node.isAttached()) node.settle(how);
          }
        });
      },
      selectMark(key) {
        editor.update(() => {
          const node = $getNodeByKey(key);
          if ($isRollMarkNode(node)) node.select(0, node.getTextContentSize());
        });
        scrollElementIntoView(editor, editor.getElementByKey(key));
        editor.focus();
      },
      jumpTo(blockIndex) {
        let key: NodeKey | null = null;
        editor.update(() => {
          const block = $getRoot().getChildAtIndex(blockIndex);
          if (block && $isElementNode(block)) { block.selectStart(); key = block.getKey(); }
        });
        if (key) scrollElementIntoView(editor, editor.getElementByKey(key));
        editor.focus();
      },
      blockTexts(start, end) {
        return editor.getEditorState().read(() => $getRoot().getChildren().slice(start, end).map((n) => n.getTextContent()));
      },
      marks: () => readMarks(editor, markKeys),
    };

    const unregister = mergeRegister(
      editor.registerUpdateListener(({ tags }) => {
        if (tags.has('collaboration')) return;
        if (caretTimer !== null) clearTimeout(caretTimer);
        caretTimer = setTimeout(reportCaret, CARET_DEBOUNCE_MS);
      }),
      editor.registerMutationListener(RollMarkNode, (mutations) => {
        for (const [key, kind] of mutations) {
          if (kind === 'destroyed') markKeys.delete(key);
          else markKeys.add(key);
        }
        scheduleMarks();
      }),
      editor.registerMutationListener(ParagraphNode, onBlocks),
      editor.registerMutationListener(HeadingNode, onBlocks),
      editor.registerMutationListener(ListNode, onBlocks),
      editor.registerCommand(KEY_DOWN_COMMAND, (event: KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || !event.altKey) return false;
        const code = event.code;
        if (code !== 'KeyA' && code !== 'KeyR' && code !== 'Period') return false;
        event.preventDefault();
        const how = code === 'KeyA' ? 'accept' : 'reject';
        if (code === 'Period') {
          const key = editor.getEditorState().read(() => $markAtCaret()?.getKey() ?? null);
          if (key) handle.selectMark(key);
        } else if (event.shiftKey) handle.settleAll(how);
        else editor.update(() => { $markAtCaret()?.settle(how); });
        return true;
      }, COMMAND_PRIORITY_LOW),
    );
    callbacks.current.onReady(handle);
    return () => {
      if (caretTimer !== null) clearTimeout(caretTimer);
      if (marksTimer !== null) clearTimeout(marksTimer);
      unregister();
      callbacks.current.onReady(null);
    };
  }, [editor]);
  return null;
}
