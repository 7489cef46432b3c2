// The open review's sections: a click scrolls the editor to the section's first block; the key is a
// dropdown the user can correct (kept across re-detection by the service).
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import { SECTION_KEYS, type Section, type SectionKey } from '../../../../electron/shared/sections.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useRovingList } from '../../app/useRovingList.ts';
import { useLastSave } from '../../app/lastSave.ts';

function sameSections(a: readonly Section[], b: readonly Section[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

export function SectionsPanel(props: { reviewId: string; onJump(blockIndex: number): void }) {
  const t = useT();
  const lastSave = useLastSave();
  const toasts = useToasts();
  const [sections, setSections] = useState<Section[] | null>(null);

  useEffect(() => {
    let live = true;
    // Sections are re-detected after a save; fetch a moment later, not on every keystroke.
    const timer = setTimeout(() => {
      api.sections.list({ reviewId: props.reviewId })
        // Most saves leave the sections as they were: keep the same array then, so a long review's
        // outline (a row and a select per section) is not rendered again during typing.
        .then((list) => { if (live) setSections((current) => (current && sameSections(current, list) ? current : list)); })
        .catch((error: unknown) => { if (live) { setSections([]); toasts.error(error); } });
    // The first fetch waits for the editor's first screen (opening a review shows the text first).
    }, sections === null ? 120 : 300);
    return () => { live = false; clearTimeout(timer); };
  }, [props.reviewId, lastSave, toasts]);

  // Stable across renders: the list below is memoized, and this panel renders again after every save.
  const onJumpRef = useRef(props.onJump);
  useLayoutEffect(() => { onJumpRef.current = props.onJump; });
  const jump = useCallback((blockIndex: number) => onJumpRef.current(blockIndex), []);
  const setKey = useCallback(async (section: Section, key: SectionKey) => {
    try {
      setSections(await api.sections.setKey({ reviewId: props.reviewId, ordinal: section.ordinal, key }));
    } catch (error) {
      toasts.error(error);
    }
  }, [props.reviewId, toasts]);

  return (
    <nav className="sections-panel" aria-label={t('sections.title')} data-testid="sections-panel">
      <h2 className="sidebar-heading">{t('sections.title')}</h2>
      {sections?.length === 0 && <p className="muted small sidebar-note">{t('sections.empty')}</p>}
      <SectionList sections={sections ?? NO_SECTIONS} onJump={jump} onSetKey={setKey} />
    </nav>
  );
}

const NO_SECTIONS: readonly Section[] = [];

/** The outline's list, rendered again only when the sections change: a long review has ~150 rows with a
 *  select of 15 options each, and rendering them again (React sets every option's `selected`, the roving
 *  focus walks every row) took 10-17 ms, after every save while the user types. */
const SectionList = memo(function SectionList(props: {
  sections: readonly Section[];
  onJump(blockIndex: number): void;
  onSetKey(section: Section, key: SectionKey): Promise<void>;
}) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  useRovingList(listRef, '.section-item');
  return (
    <ol className="sections-list" ref={listRef}>
      {props.sections.map((section) => {
        const title = section.title.trim() || t('sections.untitled', { n: section.ordinal + 1 });
        return (
          <li key={section.ordinal} className="section-item" data-testid="section-item" data-key={section.key}>
            <button type="button" className="section-jump" title={title} onClick={() => props.onJump(section.blockStart)}>
              {title}
            </button>
            <select
              className={`section-key${section.corrected ? ' corrected' : ''}`}
              value={section.key}
              aria-label={t('sections.keyLabel', { title })}
              title={section.corrected ? t('sections.corrected') : undefined}
              data-testid="section-key"
              onChange={(event) => void props.onSetKey(section, event.target.value as SectionKey)}
            >
              {SECTION_KEYS.map((key) => <option key={key} value={key}>{t(`sections.key.${key}`)}</option>)}
            </select>
          </li>
        );
      })}
    </ol>
  );
});
