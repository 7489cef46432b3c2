// The block-type select (đoạn văn / Mục I. / Khoản 1. / Điểm a)). Browsing its options with the arrow
// keys must not apply them (a native select fires `change` on every ArrowDown, which turned the
// paragraph into "Mục I." and jumped into the text): the arrows only move the shown choice, Enter
// applies it, Escape or leaving puts back the current type. A choice from the opened list (mouse, or
// Enter in the list) applies at once, as before.
import { useEffect, useState } from 'react';
import type { BlockType } from './useToolbarState.ts';

const ORDER: BlockType[] = ['paragraph', 'h1', 'h2', 'h3'];

export function BlockTypeSelect(props: {
  value: BlockType;
  disabled: boolean;
  label: string;
  title: string;
  /** Visible option text per type. */
  optionLabel(type: BlockType): string;
  /** The caret is in a photo caption (issue 8 item 11): shown as the current kind, never applied from
   *  here; picking another type turns the caption into ordinary text. */
  captionLabel?: string | undefined;
  onApply(type: BlockType): void;
}) {
  const { value, onApply } = props;
  /** The option shown while browsing with the keyboard (null: shows the current block type). */
  const [browsing, setBrowsing] = useState<BlockType | null>(null);
  useEffect(() => { setBrowsing(null); }, [value]);
  const CAPTION = 'photo-caption';
  const current = props.captionLabel ? CAPTION : value;
  const shown = browsing ?? current;

  const move = (to: BlockType) => setBrowsing(to === current ? null : to);

  return (
    <select
      data-testid="tb-block-type"
      aria-label={props.label}
      title={props.title}
      value={shown}
      disabled={props.disabled}
      data-browsing={browsing ?? undefined}
      onChange={(event) => { setBrowsing(null); if (event.target.value !== CAPTION) onApply(event.target.value as BlockType); }}
      onBlur={() => setBrowsing(null)}
      onKeyDown={(event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return; // Alt+ArrowDown opens the list
        const index = ORDER.indexOf(shown as BlockType); // -1 in a caption: ArrowDown goes to "paragraph"
        switch (event.key) {
          case 'ArrowDown': case 'ArrowRight': event.preventDefault(); move(ORDER[Math.min(ORDER.length - 1, index + 1)]!); break;
          case 'ArrowUp': case 'ArrowLeft': event.preventDefault(); move(ORDER[Math.max(0, index - 1)]!); break;
          case 'Home': case 'PageUp': event.preventDefault(); move(ORDER[0]!); break;
          case 'End': case 'PageDown': event.preventDefault(); move(ORDER[ORDER.length - 1]!); break;
          case 'Enter':
            if (browsing !== null) { event.preventDefault(); setBrowsing(null); onApply(browsing); }
            break;
          case 'Escape':
            if (browsing !== null) { event.preventDefault(); event.stopPropagation(); setBrowsing(null); }
            break;
          default:
            // Type-ahead on a closed select would apply too: letters do nothing here.
            if (event.key.length === 1 && event.key !== ' ') event.preventDefault();
        }
      }}
    >
      {props.captionLabel && <option value={CAPTION} disabled>{props.captionLabel}</option>}
      {ORDER.map((type) => <option key={type} value={type}>{props.optionLabel(type)}</option>)}
    </select>
  );
}
