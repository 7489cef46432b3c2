// Merge (issue 14): with the caret in a section of the draft, what each ministry sent for that
// section, side by side; insert a paragraph or the whole part at the caret with its provenance
// ("Bộ Công Thương, 20/11/2026"); paragraphs already inserted, or like one already in the draft's
// section (the reuse issue's similarity), are marked; contributions not used anywhere are listed.
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { SECTION_KEYS, type Section, type SectionKey } from '../../../../electron/shared/sections.ts';
import { ministryLabel } from './names.ts';
import type { Board, SectionContribution } from '../../../../electron/shared/inbox.ts';
import type { ReuseHandle } from '../reuse/ReuseBridgePlugin.tsx';

export function MergeTab(props: {
  reviewId: string;
  caretBlock: number;
  refreshKey: string;
  handle: ReuseHandle | null;
  readOnly: boolean;
  board: Board | null;
}) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [sections, setSections] = useState<Section[] | null>(null);
  const [chosen, setChosen] = useState<SectionKey | null>(null);
  const [parts, setParts] = useState<SectionContribution[] | null>(null);

  useEffect(() => {
    let live = true;
    api.sections.list({ reviewId: props.reviewId }).then((list) => { if (live) setSections(list); }).catch((e: unknown) => { if (live) { toasts.error(e); setSections([]); } });
    return () => { live = false; };
  }, [props.reviewId, props.refreshKey, toasts]);

  const caretSection = sections?.find((s) => props.caretBlock >= s.blockStart && props.caretBlock < s.blockEnd) ?? null;
  useEffect(() => { setChosen(null); }, [caretSection?.key]);
  const key = chosen ?? caretSection?.key ?? null;

  useEffect(() => {
    if (!key) { setParts(null); return; }
    let live = true;
    api.inbox.section({ reviewId: props.reviewId, key }).then((list) => { if (live) setParts(list); }).catch((e: unknown) => { if (live) { toasts.error(e); setParts([]); } });
    return () => { live = false; };
  }, [props.reviewId, key, props.refreshKey, toasts]);

  const insert = async (id: string, blockStart: number, blockEnd: number) => {
    if (!props.handle || props.readOnly) { toasts.info((t) => t('inbox.merge.readOnly')); return; }
    try {
      const { blocks, label } = await api.inbox.insert({ id, blockStart, blockEnd });
      if (props.handle.insertBlocks(blocks)) {
        toasts.success((t) => t('inbox.merge.inserted', { n: blocks.length, source: label }), 'inbox-inserted');
        setParts((list) => list?.map((p) => (p.contribution.id !== id ? p : { ...p, paragraphs: p.paragraphs.map((q) => (q.blockIndex >= blockStart && q.blockIndex < blockEnd ? { ...q, used: true } : q)) })) ?? null);
      }
    } catch (error) {
      toasts.error(error);
    }
  };

  return (
    <div className="inbox-merge" data-testid="inbox-merge">
      <label className="field">{t('inbox.merge.section')}
        <select value={key ?? ''} onChange={(e) => setChosen((e.target.value || null) as SectionKey | null)} data-testid="inbox-merge-section">
          <option value="">{t('common.none')}</option>
          {SECTION_KEYS.map((k) => <option key={k} value={k}>{t(`sections.key.${k}`)}</option>)}
        </select>
      </label>
      {sections !== null && sections.length === 0 && <p className="hint small">{t('inbox.merge.notSaved')}</p>}
      {!key && <p className="muted small">{t('inbox.merge.noSection')}</p>}
      {key && parts === null && <p className="muted small" role="status">{t('inbox.loading')}</p>}
      {key && parts !== null && parts.length === 0 && <p className="muted small" data-testid="inbox-merge-none">{t('inbox.merge.none')}</p>}
      <div className="inbox-merge-columns">
        {parts?.map((part) => (
          <article key={`${part.contribution.id}:${part.blockStart}`} className="inbox-merge-part" data-testid="inbox-merge-part" data-ministry={part.contribution.ministry.key}>
            <header>
              <strong>{ministryLabel(part.contribution.ministry, locale)}</strong>
              <span className="muted small"> · {part.contribution.fileName}{part.contribution.version > 1 ? ` · ${t('inbox.version', { n: part.contribution.version })}` : ''}</span>
              <button type="button" className="button small ghost" data-testid="inbox-merge-insert-all" disabled={props.readOnly}
                onClick={() => void insert(part.contribution.id, part.blockStart, part.blockEnd)}>{t('inbox.merge.insertAll')}</button>
            </header>
            <p className="muted small">{part.sectionTitle}</p>
            {part.paragraphs.map((p) => (
              <div key={p.blockIndex} className={`inbox-merge-paragraph${p.used ? ' used' : ''}`} data-testid="inbox-merge-paragraph" data-used={p.used ? 'true' : 'false'}>
                <p>{p.text}</p>
                <div className="inbox-merge-paragraph-actions">
                  {p.used && <span className="badge" data-testid="inbox-merge-used">{t('inbox.merge.used')}</span>}
                  {!p.used && p.similarInDraft !== undefined && <span className="badge inbox-warn">{t('inbox.merge.similar', { n: p.similarInDraft })}</span>}
                  <button type="button" className="button small" data-testid="inbox-merge-insert" disabled={props.readOnly}
                    onClick={() => void insert(part.contribution.id, p.blockIndex, p.blockIndex + 1)}>{t('inbox.merge.insert')}</button>
                </div>
              </div>
            ))}
          </article>
        ))}
      </div>
      {props.board && (
        <section className="inbox-unused" data-testid="inbox-unused">
          <h3>{t('inbox.merge.unused', { n: props.board.unused.length })}</h3>
          {props.board.unused.length === 0 ? <p className="muted small">{t('inbox.merge.unusedNone')}</p> : (
            <ul>{props.board.unused.map((c) => <li key={c.id} className="small" data-testid="inbox-unused-item" data-ministry={c.ministry.key}>{ministryLabel(c.ministry, locale)} — {c.fileName}</li>)}</ul>
          )}
        </section>
      )}
    </div>
  );
}
