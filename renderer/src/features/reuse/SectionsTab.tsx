// "Same section": what every past review said in the section under the caret, newest first, each
// readable in full; insert a paragraph, a selection or the whole section at the caret (buttons, so mouse
// and keyboard alike).
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import type { SectionVersion } from '../../../../electron/shared/reuse.ts';
import type { SectionKey } from '../../../../electron/shared/sections.ts';
import type { InsertRequest } from './useInsert.ts';

export function SectionsTab(props: { reviewId: string; sectionKey: SectionKey | null; refreshKey: string; onInsert(request: InsertRequest): void }) {
  const t = useT();
  const toasts = useToasts();
  const [versions, setVersions] = useState<SectionVersion[] | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!props.sectionKey) { setVersions(null); return; }
    let live = true;
    setVersions(null);
    api.reuse.sections({ reviewId: props.reviewId, key: props.sectionKey })
      .then((list) => { if (live) { setVersions(list); setOpen(new Set(list.slice(0, 1).map((v) => v.reviewId + v.blockStart))); } })
      .catch((e: unknown) => { if (live) { toasts.error(e); setVersions([]); } });
    return () => { live = false; };
  }, [props.reviewId, props.sectionKey, props.refreshKey, toasts]);

  /** The words selected inside one version's text, if the selection is there. */
  const selectionIn = (element: HTMLElement | null): string => {
    const selection = window.getSelection();
    if (!element || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
    const range = selection.getRangeAt(0);
    return element.contains(range.commonAncestorContainer) ? selection.toString().trim() : '';
  };

  if (!props.sectionKey) return null;
  if (versions === null) return <p className="muted small" role="status">{t('reuse.loading')}</p>;
  if (!versions.length) return <p className="muted small" data-testid="reuse-no-versions">{t('reuse.noVersions')}</p>;
  return (
    <div className="reuse-versions" ref={listRef} data-testid="reuse-versions">
      <p className="hint small">{t('reuse.selectionHint')}</p>
      {versions.map((v) => {
        const id = v.reviewId + v.blockStart;
        const expanded = open.has(id);
        const toggle = () => setOpen((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });
        return (
          <article key={id} className="reuse-version" data-testid="reuse-version" data-year={v.year} data-review-id={v.reviewId}>
            <header className="reuse-version-header">
              <button type="button" className="link-button" aria-expanded={expanded} onClick={toggle}>
                <strong>{v.year}</strong> <span className={`badge lang-badge lang-${v.lang}`}>{t(`lang.badge.${v.lang}`)}</span> {v.title}
              </button>
              {v.reusedIn > 0 && <span className="muted small" data-testid="reuse-count">{t('reuse.reusedIn', { n: v.reusedIn })}</span>}
            </header>
            <div className="reuse-version-actions">
              <button type="button" className="button small" data-testid="reuse-insert-section"
                onClick={() => props.onInsert({ kind: 'blocks', sourceId: v.reviewId, blockStart: v.blockStart, blockEnd: v.blockEnd })}>
                {t('reuse.insertSection')}
              </button>
              <button type="button" className="button small ghost" data-testid="reuse-insert-selection"
                onMouseDown={(e) => e.preventDefault() /* keep the selection in the text below */}
                onClick={(e) => {
                  const text = selectionIn(e.currentTarget.closest('article'));
                  if (!text) { toasts.info((t) => t('reuse.selectionHint')); return; }
                  props.onInsert({ kind: 'selection', sourceId: v.reviewId, text });
                }}>
                {t('reuse.insertSelection')}
              </button>
            </div>
            <div className={`reuse-version-text${expanded ? '' : ' collapsed'}`} lang={v.lang}>
              {(expanded ? v.paragraphs : v.paragraphs.slice(0, 1)).map((p) => (
                <div key={p.blockIndex} className="reuse-paragraph" data-testid="reuse-paragraph">
                  <p>{p.text}</p>
                  <button type="button" className="button small ghost" data-testid="reuse-insert-paragraph"
                    onClick={() => props.onInsert({ kind: 'blocks', sourceId: v.reviewId, blockStart: p.blockIndex, blockEnd: p.blockIndex + 1 })}>
                    {t('reuse.insertParagraph')}
                  </button>
                </div>
              ))}
            </div>
            {v.paragraphs.length > 1 && (
              <button type="button" className="link-button small" onClick={toggle}>{expanded ? t('reuse.collapse') : t('reuse.expand')}</button>
            )}
          </article>
        );
      })}
    </div>
  );
}
