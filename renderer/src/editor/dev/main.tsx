// Standalone ReviewEditor playground (dev only, see index.html): a sample document, locale switch,
// scroll-to-block and read-only toggles, and the last onChange state on window.__devLastState.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReviewEditor, flushLiveEditors } from '../ReviewEditor.tsx';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { doc, heading, list, paragraph, table } from '../../../../electron/shared/doc-build.ts';

const sample: DocState = doc([
  heading(1, 'I. TÌNH HÌNH HỢP TÁC ASEAN NĂM 2025'),
  paragraph('Năm 2025, Việt Nam tiếp tục tham gia tích cực, chủ động và có trách nhiệm vào các hoạt động của ASEAN.'),
  heading(2, '1. Hợp tác chính trị - an ninh'),
  list('bullet', ['Thúc đẩy xây dựng Cộng đồng ASEAN', list('bullet', ['Trụ cột Chính trị - An ninh', 'Trụ cột Kinh tế']), 'Tăng cường kết nối']),
  heading(3, 'a) Các hội nghị'),
  list('number', ['Hội nghị Cấp cao lần thứ 46', 'Hội nghị Cấp cao lần thứ 47']),
  table([['Lĩnh vực', 'Kết quả'], ['Kinh tế', 'Tăng trưởng'], ['Văn hóa - xã hội', 'Ổn định']]),
  ...Array.from({ length: 60 }, (_, i) => paragraph(`Đoạn ${i + 1}: nội dung mẫu để thử cuộn đến khối.`)),
]);

/** Ctrl+S as the app's shell does it: flush the editor's pending change, then count a save. */
function useSaveShortcut(onSave: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        flushLiveEditors();
        onSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSave]);
}

function Dev() {
  const [locale, setLocale] = useState<'vi' | 'en'>('vi');
  const [readOnly, setReadOnly] = useState(false);
  const [target, setTarget] = useState<{ index: number; nonce: number } | null>(null);
  const [saves, setSaves] = useState(0);
  useSaveShortcut(useCallback(() => setSaves((n) => n + 1), []));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ padding: 4, font: '12px sans-serif' }}>
        <button data-testid="dev-locale" onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}>{locale}</button>
        <button data-testid="dev-readonly" onClick={() => setReadOnly(!readOnly)}>readOnly: {String(readOnly)}</button>
        <button data-testid="dev-scroll" onClick={() => setTarget({ index: 50, nonce: Date.now() })}>scroll to 50</button>
        <span data-testid="dev-saves"> saves: {saves}</span>
      </div>
      <div style={{ flex: 1, minHeight: 0 }}>
        <ReviewEditor documentKey="dev" initialState={sample} locale={locale} readOnly={readOnly} scrollTarget={target}
          onChange={(state) => { (window as unknown as { __devLastState: DocState }).__devLastState = state; }}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Dev /></StrictMode>);
