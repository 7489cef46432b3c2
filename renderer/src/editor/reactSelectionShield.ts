// Keeps React's commit from walking the whole document while the editor has focus.
//
// Before every commit (any state change anywhere in the app: the save status, a panel, the toolbar),
// React records the focused element's selection to restore it afterwards. For a focused element whose
// `contentEditable` property is 'true' it counts characters through every text node of that element up to
// the caret, and past it to the end (ReactInputSelection getModernOffsetsFromPoints): on a 200-page review
// (10,000 DOM nodes, 540,000 characters) that is 4 ms per commit, and React commits about once per
// keystroke while a user types and autosave runs.
//
// React restores that selection only when a commit moved focus away from the element, which never happens
// to Lexical's root (React does not render its content); Lexical puts its own selection back whenever the
// root gets focus again. So the root answers React's question with 'inherit' for 'true': React then skips
// the walk. Only the JS property's getter changes; the attribute, the browser's editing and
// `isContentEditable` are untouched, and Lexical's own reads compare with 'false', which is reported as is.
const nativeContentEditable = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');

export function shieldFromReactSelectionWalk(root: HTMLElement): () => void {
  if (!nativeContentEditable?.get || !nativeContentEditable.set) return () => undefined;
  const { get, set } = nativeContentEditable;
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = get.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      set.call(this, value);
    },
  });
  return () => {
    delete (root as { contentEditable?: unknown }).contentEditable;
  };
}
