// drafting (issue 10). What is left before the draft goes out — the same list as `check ID`: empty fields,
// unconfirmed facts, checklist items without a status (issue 11 adds more kinds). Each finding jumps to
// its place. It checks the content on screen, saved or not.
import { useCallback, useEffect, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Finding } from '../../../../electron/drafting/check/types.ts';
import { api } from '../../api/index.ts';
import { useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import { exportDocState } from '../../editor/exportState.ts';
import { CHIP_CATCH_UP_TAG } from '../../editor/drafting/fields.ts';

export function CheckPanel(props: { reviewId: string; editor: LexicalEditor | null; onJump(index: number): void; onClose(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const { editor, reviewId } = props;

  const run = useCallback(async () => {
    try {
      const content = editor ? exportDocState(editor.getEditorState()) : undefined;
      setFindings(await api.drafting.check({ reviewId, ...(content ? { content } : {}) }));
    } catch (error) {
      toasts.error(error);
    }
  }, [editor, reviewId, toasts]);

  useEffect(() => {
    void run();
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (tags.has(CHIP_CATCH_UP_TAG)) return; // off-screen field chips drawn: the content is the same
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 600);
    });
    return () => { clearTimeout(timer); unregister(); };
  }, [editor, run]);

  return (
    <SidePanel title={t('check.title')} onClose={props.onClose} testId="check-panel">
      <div className="check-head">
        {findings && <span className="muted" data-testid="check-count">{t('check.count', { n: findings.length })}</span>}
        <button type="button" className="link-button small" onClick={() => void run()}>{t('check.refresh')}</button>
      </div>
      {findings?.length === 0 && <p className="muted" data-testid="check-none">{t('check.none')}</p>}
      <ul className="check-list">
        {findings?.map((f, i) => (
          <li key={`${f.kind}-${f.target.blockIndex}-${f.target.field ?? f.target.itemId ?? i}`} className={`check-item kind-${f.kind}`} data-testid="check-item" data-kind={f.kind}>
            <button type="button" className="check-jump" onClick={() => props.onJump(f.target.blockIndex)}>
              <span className="check-kind">{kindLabel(t, f.kind)}</span>
              <span className="check-message">{f.message[locale]}</span>
            </button>
          </li>
        ))}
      </ul>
    </SidePanel>
  );
}

function kindLabel(t: (k: MessageKey) => string, kind: string): string {
  const key = `check.kind.${kind}` as MessageKey;
  const label = t(key);
  return label === undefined || label === key ? kind : label;
}
