// The automatic changes waiting for review: each old → new with why, accept or reject one (click the
// change to select it in the text) or all; the same from the keyboard in the text (see reuse.marks.keys).
import { useT } from '../../i18n/index.tsx';
import type { MarkInfo, ReuseHandle } from './ReuseBridgePlugin.tsx';

export function MarksTab(props: { marks: MarkInfo[]; handle: ReuseHandle | null }) {
  const t = useT();
  const { handle } = props;
  if (!props.marks.length) return <p className="muted small" data-testid="marks-none">{t('reuse.marks.none')}</p>;
  return (
    <div className="reuse-marks" data-testid="reuse-marks">
      <div className="reuse-version-actions">
        <button type="button" className="button small primary" data-testid="marks-accept-all" onClick={() => handle?.settleAll('accept')}>{t('reuse.marks.acceptAll')}</button>
        <button type="button" className="button small" data-testid="marks-reject-all" onClick={() => handle?.settleAll('reject')}>{t('reuse.marks.rejectAll')}</button>
      </div>
      <p className="hint small">{t('reuse.marks.keys')}</p>
      <ul className="reuse-mark-list">
        {props.marks.map((m) => (
          <li key={m.key} data-testid="mark-item">
            <button type="button" className="link-button" onClick={() => handle?.selectMark(m.key)}>
              <del>{m.oldText}</del> → <ins>{m.newText}</ins>
            </button>
            <span className="muted small"> {t(`reuse.rule.${m.rule}`)}</span>
            <span className="reuse-mark-actions">
              <button type="button" className="button small" data-testid="mark-accept" onClick={() => handle?.settle(m.key, 'accept')}>{t('reuse.marks.accept')}</button>
              <button type="button" className="button small ghost" data-testid="mark-reject" onClick={() => handle?.settle(m.key, 'reject')}>{t('reuse.marks.reject')}</button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
