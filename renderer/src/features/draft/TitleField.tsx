// The review title in the header: edited in place, committed on Enter, blur or Ctrl+S (the screen's
// Ctrl+S handler then saves the content too), Escape reverts.
import { useEffect, useState } from 'react';

export function TitleField(props: { value: string; label: string; onCommit(title: string): void }) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);

  const commit = () => {
    const title = draft.normalize('NFC').trim();
    if (!title || title.length > 500) { setDraft(props.value); return; }
    if (title !== props.value) props.onCommit(title);
  };

  return (
    <input
      className="title-field"
      aria-label={props.label}
      data-testid="review-title"
      value={draft}
      maxLength={500}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') { event.preventDefault(); (event.target as HTMLInputElement).blur(); }
        if (event.key === 'Escape') { setDraft(props.value); }
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's')) commit();
      }}
    />
  );
}
