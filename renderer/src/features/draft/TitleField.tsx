// The review title in the header: edited in place, committed on Enter, blur or Ctrl+S (the screen's
// Ctrl+S handler then saves the content too), Escape reverts. Enter and Escape hand the keyboard back
// to the document (onDone), so focus never drops to the page body.
import { useEffect, useRef, useState } from 'react';

export function TitleField(props: { value: string; label: string; onCommit(title: string): void; onDone?(): void }) {
  const [draft, setDraft] = useState(props.value);
  /** The text the next blur must not commit again (already committed, or reverted by Escape). */
  const settled = useRef<string | null>(null);
  useEffect(() => setDraft(props.value), [props.value]);

  const commit = (text: string) => {
    if (settled.current === text) return;
    settled.current = text;
    const title = text.normalize('NFC').trim();
    if (!title || title.length > 500) { setDraft(props.value); return; }
    if (title !== props.value) props.onCommit(title);
  };

  return (
    <input
      className="title-field"
      aria-label={props.label}
      title={draft}
      data-testid="review-title"
      value={draft}
      maxLength={500}
      onChange={(event) => { settled.current = null; setDraft(event.target.value); }}
      onBlur={() => commit(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') { event.preventDefault(); commit(draft); props.onDone?.(); }
        if (event.key === 'Escape') { event.preventDefault(); settled.current = draft; setDraft(props.value); props.onDone?.(); }
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's')) commit(draft);
      }}
    />
  );
}
