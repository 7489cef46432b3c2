// The reuse panel (issue 11): for the section under the caret, what past reviews said there; similar
// paragraphs; phrase lookup; compare with last year; the automatic changes waiting for review.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import { SECTION_KEYS, type Section, type SectionKey } from '../../../../electron/shared/sections.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import type { CaretInfo, MarkInfo, ReuseHandle } from './ReuseBridgePlugin.tsx';
import { useInsert } from './useInsert.ts';
import { SectionsTab } from './SectionsTab.tsx';
import { SimilarTab } from './SimilarTab.tsx';
import { PhraseTab } from './PhraseTab.tsx';
import { CompareTab } from './CompareTab.tsx';
import { MarksTab } from './MarksTab.tsx';

export type ReuseTab = 'sections' | 'similar' | 'phrase' | 'compare' | 'marks';
const TABS: ReuseTab[] = ['sections', 'similar', 'phrase', 'compare', 'marks'];

export function ReusePanel(props: {
  review: ReviewMeta;
  caret: CaretInfo | null;
  marks: MarkInfo[];
  handle: ReuseHandle | null;
  refreshKey: string;
  readOnly: boolean;
  tab: ReuseTab;
  onTab(tab: ReuseTab): void;
  onClose(): void;
}) {
  const t = useT();
  const [sections, setSections] = useState<Section[]>([]);
  const [chosen, setChosen] = useState<SectionKey | null>(null);
  const insert = useInsert(props.handle, props.review.year, props.readOnly);

  useEffect(() => {
    let live = true;
    api.sections.list({ reviewId: props.review.id }).then((list) => { if (live) setSections(list); }).catch(() => undefined);
    return () => { live = false; };
  }, [props.review.id, props.refreshKey]);

  const caretIndex = props.caret?.blockIndex ?? -1;
  const caretSection = sections.find((s) => caretIndex >= s.blockStart && caretIndex < s.blockEnd) ?? null;
  // The caret's section, unless the user picked another one since the caret last moved to another
  // section (a section first becoming known, on the first save, is not a move).
  const lastCaretKey = useRef<SectionKey | null>(null);
  useEffect(() => {
    const next = caretSection?.key ?? null;
    if (lastCaretKey.current !== null && next !== null && next !== lastCaretKey.current) setChosen(null);
    if (next !== null) lastCaretKey.current = next;
  }, [caretSection?.key]);
  const key: SectionKey | null = chosen ?? caretSection?.key ?? null;
  const section = caretSection && caretSection.key === key ? caretSection : sections.find((s) => s.key === key) ?? null;

  const sectionPicker = (
    <label className="field reuse-section-picker">{t('reuse.section')}
      <select value={key ?? ''} onChange={(e) => setChosen((e.target.value || null) as SectionKey | null)} data-testid="reuse-section">
        <option value="">{t('common.none')}</option>
        {SECTION_KEYS.map((k) => <option key={k} value={k}>{t(`sections.key.${k}`)}</option>)}
      </select>
    </label>
  );

  return (
    <SidePanel title={t('reuse.title')} onClose={props.onClose} testId="reuse-panel" wide>
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button key={tab} type="button" role="tab" aria-selected={props.tab === tab} className={props.tab === tab ? 'active' : ''}
            onClick={() => props.onTab(tab)} data-testid={`reuse-tab-${tab}`}>
            {tab === 'marks' ? t('reuse.tab.marks', { n: props.marks.length }) : t(`reuse.tab.${tab}`)}
          </button>
        ))}
      </div>
      <div className="reuse-body" role="tabpanel">
        {(props.tab === 'sections' || props.tab === 'compare') && (
          <>
            {!key && <p className="muted small">{t('reuse.section.none')}</p>}
            {sectionPicker}
            {!sections.length && <p className="hint small">{t('reuse.section.notSaved')}</p>}
          </>
        )}
        {props.tab === 'sections' && <SectionsTab reviewId={props.review.id} sectionKey={key} refreshKey={props.refreshKey} onInsert={(r) => void insert(r)} />}
        {props.tab === 'similar' && <SimilarTab reviewId={props.review.id} lang={props.review.lang} text={props.caret?.text ?? ''} onInsert={(r) => void insert(r)} />}
        {props.tab === 'phrase' && <PhraseTab reviewId={props.review.id} selectedText={props.caret?.selectedText ?? ''} />}
        {props.tab === 'compare' && (
          <CompareTab reviewId={props.review.id} year={props.review.year} lang={props.review.lang} section={section} refreshKey={props.refreshKey}
            currentText={() => (section && props.handle ? props.handle.blockTexts(section.blockStart, section.blockEnd).join('\n\n') : '')} />
        )}
        {props.tab === 'marks' && <MarksTab marks={props.marks} handle={props.handle} />}
      </div>
    </SidePanel>
  );
}
