// The checklist's face: each orientation with three status buttons and a result line.
import { useEffect, useState, useSyncExternalStore, type JSX } from 'react';
import { CARRY_STATUSES, type CarryStatus } from '../../../../electron/shared/doc.ts';
import { registerCarryChecklistView, updateCarryItem, type CarryChecklistViewProps } from './CarryChecklistNode.ts';

type Label = CarryStatus | 'title' | 'result' | 'none' | 'empty' | 'untranslated-vi' | 'untranslated-en' | 'untranslatedHint' | 'original';
const LABELS: Record<'vi' | 'en', Record<Label, string>> = {
  vi: { title: 'Kết quả thực hiện phương hướng năm {year}', done: 'Đã thực hiện', 'in-progress': 'Đang thực hiện', 'not-done': 'Chưa thực hiện', result: 'Kết quả', none: 'Chưa đánh giá', empty: 'Không có phương hướng nào từ báo cáo năm trước. Hãy chọn báo cáo để dựa vào khi tạo báo cáo mới.',
    'untranslated-vi': 'Chưa dịch — tiếng Việt', 'untranslated-en': 'Chưa dịch — tiếng Anh', untranslatedHint: 'Bộ nhớ dịch chưa có bản dịch của phương hướng này: nội dung còn nguyên văn báo cáo năm trước.', original: 'Nguyên văn năm trước: {text}' },
  en: { title: 'Results against the orientations for {year}', done: 'Done', 'in-progress': 'In progress', 'not-done': 'Not done', result: 'Result', none: 'No status yet', empty: 'No orientations from a previous review. Pick a review to build on when creating the draft.',
    'untranslated-vi': 'Not translated — Vietnamese', 'untranslated-en': 'Not translated — English', untranslatedHint: 'The translation memory has no translation of this orientation: it is still last year’s wording.', original: 'Last year’s wording: {text}' },
};

function uiLang(): 'vi' | 'en' {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

/** The interface language, followed live: the shell sets <html lang> when the user switches it, and a
 *  decorator is not re-rendered by the shell's React tree. */
function subscribeLang(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
function useUiLang(): 'vi' | 'en' {
  return useSyncExternalStore(subscribeLang, uiLang);
}

function ResultLine(props: { value: string; label: string; onCommit(value: string): void; testId: string; disabled: boolean }): JSX.Element {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  return (
    <textarea
      className="rd-carry-result"
      rows={1}
      value={draft}
      aria-label={props.label}
      placeholder={props.label}
      data-testid={props.testId}
      disabled={props.disabled}
      onChange={(e) => setDraft(e.target.value)}
      // Written to the document when the line is left: one undo step per result, not per letter.
      onBlur={() => { if (draft !== props.value) props.onCommit(draft); }}
      onKeyDown={(e) => { e.stopPropagation(); }}
      onKeyUp={(e) => e.stopPropagation()}
      onBeforeInput={(e) => e.stopPropagation()}
    />
  );
}

export function CarryChecklistView(props: CarryChecklistViewProps): JSX.Element {
  const lang = useUiLang();
  const L = LABELS[lang];
  const editable = props.editor.isEditable();
  return (
    <section className="rd-carry-box" data-testid="carry-checklist" aria-label={L.title.replace('{year}', String((props.fromYear ?? 0) + 1 || ''))}>
      {props.items.length === 0 && <p className="rd-carry-empty">{L.empty}</p>}
      <ol className="rd-carry-items">
        {props.items.map((item, n) => (
          <li key={item.id} className="rd-carry-item" data-testid="carry-item" data-status={item.status ?? 'none'} data-untranslated={item.untranslated ?? undefined}>
            <div className="rd-carry-text" lang={item.untranslated} title={item.sourceText ? L.original.replace('{text}', item.sourceText) : undefined}>
              {item.untranslated && <span className="rd-carry-untranslated" title={L.untranslatedHint} data-testid="carry-untranslated">{L[`untranslated-${item.untranslated}`]}</span>}
              {item.text}
            </div>
            <div className="rd-carry-status" role="radiogroup" aria-label={`${n + 1}. ${item.text.slice(0, 60)}`}>
              {CARRY_STATUSES.map((s) => (
                <button
                  key={s}
                  type="button"
                  role="radio"
                  aria-checked={item.status === s}
                  className={`rd-carry-chip status-${s}${item.status === s ? ' active' : ''}`}
                  disabled={!editable}
                  data-testid={`carry-status-${s}`}
                  onClick={() => updateCarryItem(props.editor, props.nodeKey, item.id, { status: item.status === s ? null : s })}
                >{L[s]}</button>
              ))}
              {item.status === null && <span className="rd-carry-none">{L.none}</span>}
            </div>
            <ResultLine value={item.result} label={L.result} testId="carry-result" disabled={!editable}
              onCommit={(result) => updateCarryItem(props.editor, props.nodeKey, item.id, { result })} />
          </li>
        ))}
      </ol>
    </section>
  );
}

registerCarryChecklistView(CarryChecklistView);
