// Lexical's built-in normalization of a shadow root (ElementNode's `$config` `$transform`: any inline
// child of the root is wrapped in a paragraph) runs on the root after every update, because Lexical
// counts the root as intentionally dirty whenever anything under it changed. It walks every child of the
// root with `getChildren()`: on a 3,000-paragraph review about 1 ms of every keystroke, for a check that
// can only find something when the root's list of children changed.
//
// The root's children change only through the root's own writable copy: inserting, removing, replacing or
// moving a child writes the parent (its size, first and last child). A new editor state (a load, an undo)
// brings another root object, unless it holds the very same one, and with it the same children. So the
// walk is needed only when the root of the state being updated is not the object the committed state
// holds; otherwise Lexical's own normalization is skipped.
import { RootNode, type LexicalEditor, type LexicalNode, type Transform } from 'lexical';

/** Replaces the root's built-in normalization with one that runs only when the root changed; returns
 *  the undo (the built-in back in place). */
export function registerRootNormalizationWhenChanged(editor: LexicalEditor): () => void {
  const registered = editor._nodes.get(RootNode.getType());
  if (!registered) return () => {};
  const builtIns: Transform<LexicalNode>[] = [...registered.transforms];
  for (const transform of builtIns) registered.transforms.delete(transform);
  const unregister = editor.registerNodeTransform(RootNode, (root) => {
    if (editor.getEditorState()._nodeMap.get(root.getKey()) === root) return;
    for (const transform of builtIns) transform(root);
  });
  return () => {
    unregister();
    for (const transform of builtIns) registered.transforms.add(transform);
  };
}

/** How many of Lexical's own transforms the root has (tests: Lexical still has the one this replaces). */
export function rootBuiltInTransformCount(editor: LexicalEditor): number {
  return editor._nodes.get(RootNode.getType())?.transforms.size ?? 0;
}
