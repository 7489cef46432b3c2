// drafting (issue 10). What is left before the draft goes out — the same list as `check ID`: empty fields,
// unconfirmed facts, checklist items without a status (issue 11 adds more kinds). Each finding jumps to
// its place, painting the words it is about. A finding with a proposal (a former ministry name, last
// year's Chair or Summit) has a button that puts the proposal in, as one undo step, and one that does so
// for every place with the same words. It checks the content on screen, saved or not.
import { useCallback, useEffect, useRef, useState } from 'react';
import { UNDO_COMMAND, type LexicalEditor } from 'lexical';
import type { FieldFix, Finding, JumpTarget } from '../../../../electron/drafting/check/types.ts';
import { fieldDef } from '../../../../electron/shared/fields.ts';
import { api } from '../../api/index.ts';
import { useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import { exportDocState } from '../../editor/exportState.ts';
import { CHIP_CATCH_UP_TAG, setFieldEverywhere } from '../../editor/drafting/fields.ts';
import { replaceFindings, type TextSpan } from '../../editor/drafting/findingText.ts';

type Jump = (index: number, span?: { offset: number; length: number }) => void;

function spanOf(target: JumpTarget): TextSpan | null {
  return target.offset !== undefined && target.length !== undefined ? { blockIndex: target.blockIndex, offset: target.offset, length: target.length } : null;
}

/** The findings with the same fix as `f` (same kind, same words, same proposal): "change all" does them. */
function sameFix(findings: readonly Finding[], f: Finding): Finding[] {
  return f.fix ? findings.filter((g) => g.kind === f.kind && g.fix?.found === f.fix!.found && g.fix.replacement === f.fix!.replacement) : [];
}

/** `title`: the review's title as it stands (the check reads its "[…]" blanks): a change runs it again. */
export function CheckPanel(props: { reviewId: string; title: string; editor: LexicalEditor | null; readOnly?: boolean; onJump: Jump; onClose(): void }) {
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

  // After a fix its finding goes from the list: the focus moves to the finding now in its place (or the
  // last one, or "Kiểm tra lại"), never to the page.
  const list = useRef<HTMLUListElement>(null);
  const refresh = useRef<HTMLButtonElement>(null);
  const focusAfterFix = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAfterFix.current;
    if (at === null || findings === null) return;
    focusAfterFix.current = null;
    const jumps = list.current?.querySelectorAll<HTMLButtonElement>('.check-jump') ?? [];
    (jumps[Math.min(at, jumps.length - 1)] ?? refresh.current)?.focus();
  }, [findings]);

  const apply = (chosen: Finding[], at: number) => {
    const fix = chosen[0]?.fix;
    if (!editor || !fix) return;
    focusAfterFix.current = at;
    const spans = chosen.map((f) => spanOf(f.target)).filter((x): x is TextSpan => x !== null);
    const done = replaceFindings(editor, spans, fix.found, fix.replacement);
    if (done < spans.length) toasts.info((t) => t(done === 0 ? 'check.fix.changed' : 'check.fix.someChanged', { n: spans.length - done }));
    if (done > 0) {
      toasts.success((t) => t('check.fix.done', { n: done, found: fix.found, replacement: fix.replacement }), 'check-fixed', {
        label: (t) => t('check.fix.undo'), testId: 'check-fix-undo', run: () => { editor.dispatchCommand(UNDO_COMMAND, undefined); },
      });
    }
    void run(); // at once: the list is out of date now
  };

  /** Every chip of the field takes the value (as the Fields panel does): one undo step. */
  const applyField = (fix: FieldFix, at: number) => {
    if (!editor) return;
    focusAfterFix.current = at;
    setFieldEverywhere(editor, fix.field, fix.value);
    toasts.success((t) => t('check.fix.fieldDone', { field: fieldDef(fix.field).label[locale], value: fix.value }), 'check-fixed', {
      label: (t) => t('check.fix.undo'), testId: 'check-fix-undo', run: () => { editor.dispatchCommand(UNDO_COMMAND, undefined); },
    });
    void run();
  };

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
  const checkedTitle = useRef(props.title);
  useEffect(() => {
    if (checkedTitle.current === props.title) return;
    checkedTitle.current = props.title;
    void run();
  }, [props.title, run]);

  return (
    <SidePanel title={t('check.title')} onClose={props.onClose} testId="check-panel">
      <div className="check-head">
        {findings && <span className="muted" data-testid="check-count">{t('check.count', { n: findings.length })}</span>}
        <button ref={refresh} type="button" className="link-button small" onClick={() => void run()}>{t('check.refresh')}</button>
      </div>
      {findings?.length === 0 && <p className="muted" data-testid="check-none">{t('check.none')}</p>}
      <ul ref={list} className="check-list">
        {findings?.map((f, i) => {
          const span = spanOf(f.target);
          const same = f.fix && !props.readOnly && editor ? sameFix(findings, f) : [];
          return (
            <li key={`${f.kind}-${f.target.blockIndex}-${f.target.field ?? f.target.itemId ?? f.target.offset ?? i}`} className={`check-item kind-${f.kind}`} data-testid="check-item" data-kind={f.kind}>
              <button type="button" className="check-jump" onClick={() => props.onJump(f.target.blockIndex, span ? { offset: span.offset, length: span.length } : undefined)}>
                <span className="check-kind">{kindLabel(t, f.kind)}</span>
                <span className="check-message">{f.message[locale]}</span>
              </button>
              {f.fieldFix && !props.readOnly && editor && (
                <div className="check-fix">
                  <button type="button" className="button small" data-testid="check-apply-field" onClick={() => applyField(f.fieldFix!, i)}>
                    {t('check.fix.apply', { replacement: f.fieldFix.value })}
                  </button>
                </div>
              )}
              {same.length > 0 && f.fix && (
                <div className="check-fix">
                  <button type="button" className="button small" data-testid="check-apply" onClick={() => apply([f], i)}>
                    {t('check.fix.apply', { replacement: f.fix.replacement })}
                  </button>
                  {same.length > 1 && (
                    <button type="button" className="link-button small" data-testid="check-apply-all" onClick={() => apply(same, i)}>
                      {t('check.fix.applyAll', { n: same.length })}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </SidePanel>
  );
}

function kindLabel(t: (k: MessageKey) => string, kind: string): string {
  const key = `check.kind.${kind}` as MessageKey;
  const label = t(key);
  return label === undefined || label === key ? kind : label;
}
