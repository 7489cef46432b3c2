// Comments (issue 14): "circulate for comments" exports the draft to Word; the commented files the
// ministries send back are imported onto it. Their tracked changes and comments are listed here by
// ministry and author, to accept or reject (changes) and resolve (comments), one by one or all of a
// ministry; what could not be placed on the draft is listed with the file it came in.
import { useEffect, useMemo, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { api, ApiError } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import type { Board, MinistryName } from '../../../../electron/shared/inbox.ts';
import { chooseLetterPath, deliverLetter, pickContributionFiles } from './files.ts';
import { readReviewItems, settleItems, type ReviewItem } from './reviewMarks.ts';

function useReviewItems(editor: LexicalEditor | null, nameOf: (key: string) => string): ReviewItem[] {
  const [items, setItems] = useState<ReviewItem[]>([]);
  useEffect(() => {
    if (!editor) { setItems([]); return; }
    setItems(readReviewItems(editor, nameOf));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setItems(readReviewItems(editor, nameOf)), 150);
    });
    return () => { if (timer) clearTimeout(timer); unregister(); };
  }, [editor, nameOf]);
  return items;
}

export function CommentsTab(props: {
  reviewId: string;
  title: string;
  editor: LexicalEditor | null;
  board: Board | null;
  ministries: MinistryName[];
  readOnly: boolean;
  beforeWrite(): Promise<void>;
  onBoard(board: Board): void;
  /** The draft was rewritten on the main side (returns placed on it): the editor reloads it. */
  onReplaced(): Promise<void>;
}) {
  const t = useT();
  const toasts = useToasts();
  const [from, setFrom] = useState('');
  const [busy, setBusy] = useState(false);
  const names = useMemo(() => new Map(props.ministries.map((m) => [m.key, m.nameVi])), [props.ministries]);
  const nameOf = useMemo(() => (key: string) => names.get(key) ?? '', [names]);
  const items = useReviewItems(props.editor, nameOf);
  const groups = useMemo(() => {
    const by = new Map<string, ReviewItem[]>();
    for (const item of items) {
      const key = item.ministry || t('inbox.comments.noMinistry');
      by.set(key, [...(by.get(key) ?? []), item]);
    }
    return [...by.entries()];
  }, [items, t]);

  const circulate = async () => {
    setBusy(true);
    try {
      const chosen = await chooseLetterPath(`${props.title.replace(/[\\/:*?"<>|]+/gu, ' ').trim() || 'Du thao'} - gui lay y kien.docx`);
      if (!chosen) return;
      await props.beforeWrite();
      const settings = await api.export.settings({ reviewId: props.reviewId });
      const result = await api.export.docx({ reviewId: props.reviewId, settings, path: chosen.path, marks: 'accept' });
      const name = await deliverLetter(result.path, chosen.target);
      props.onBoard(await api.inbox.circulated({ reviewId: props.reviewId }));
      toasts.success((t) => t('inbox.comments.circulated', { name }), 'inbox-circulated');
    } catch (error) { toasts.error(error); } finally { setBusy(false); }
  };

  const importReturns = async () => {
    setBusy(true);
    try {
      const paths = await pickContributionFiles();
      if (!paths?.length) return;
      await props.beforeWrite();
      const outcomes = await api.comments.import({ reviewId: props.reviewId, paths, ...(from ? { ministry: from } : {}) });
      for (const o of outcomes) {
        if (o.status === 'imported') toasts.success((t) => t('inbox.comments.imported', { comments: o.comments, changes: o.changes, lost: o.unanchored.length }), 'inbox-returns-imported');
        else if (o.status === 'duplicate') toasts.info((t) => t('inbox.comments.duplicate'));
        else toasts.error(new ApiError({ code: o.code, message: o.message }));
      }
      if (outcomes.some((o) => o.status === 'imported')) await props.onReplaced();
      props.onBoard(await api.inbox.board({ reviewId: props.reviewId }));
    } catch (error) { toasts.error(error); } finally { setBusy(false); }
  };

  const settle = (list: ReviewItem[], how: 'accept' | 'reject') => {
    if (!props.editor || props.readOnly) { toasts.info((t) => t('inbox.merge.readOnly')); return; }
    settleItems(props.editor, list, how);
  };

  const returns = props.board?.returns ?? [];
  return (
    <div className="inbox-comments" data-testid="inbox-comments">
      <div className="button-row">
        <button type="button" className="button ghost" disabled={busy} onClick={() => void circulate()} data-testid="inbox-circulate">{t('inbox.comments.circulate')}</button>
        <label className="field inline">{t('inbox.chooseMinistry')}
          <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid="inbox-returns-from">
            <option value="">{t('inbox.comments.fromAuto')}</option>
            {props.ministries.map((m) => <option key={m.key} value={m.key}>{m.nameVi}</option>)}
          </select>
        </label>
        <button type="button" className="button" disabled={busy || props.readOnly} onClick={() => void importReturns()} data-testid="inbox-import-returns">{t('inbox.comments.import')}</button>
      </div>
      {props.board?.circulatedAt && <p className="muted small">{t('inbox.comments.circulatedOn', { date: props.board.circulatedAt.slice(0, 10).split('-').reverse().join('/') })}</p>}
      {items.length === 0 && <p className="muted small" data-testid="inbox-comments-none">{t('inbox.comments.none')}</p>}
      {groups.map(([ministry, list]) => {
        const changes = list.filter((i) => i.kind !== 'comment');
        const comments = list.filter((i) => i.kind === 'comment');
        return (
          <section key={ministry} className="inbox-comment-group" data-testid="inbox-comment-group" data-ministry={ministry}>
            <header>
              <h3>{ministry} <span className="muted small">({t('inbox.comments.count', { changes: changes.length, comments: comments.length })})</span></h3>
              <div className="button-row">
                {changes.length > 0 && <button type="button" className="button small" onClick={() => settle(changes, 'accept')} data-testid="inbox-accept-all">{t('inbox.comments.acceptAll')}</button>}
                {changes.length > 0 && <button type="button" className="button small ghost" onClick={() => settle(changes, 'reject')} data-testid="inbox-reject-all">{t('inbox.comments.rejectAll')}</button>}
                {comments.length > 0 && <button type="button" className="button small ghost" onClick={() => settle(comments, 'accept')} data-testid="inbox-resolve-all">{t('inbox.comments.resolveAll')}</button>}
              </div>
            </header>
            <ul>
              {list.map((item) => (
                <li key={`${item.key}:${item.kind === 'comment' ? item.id : ''}`} className={`inbox-review-item inbox-review-${item.kind}`} data-testid="inbox-review-item" data-kind={item.kind}>
                  <span className="badge">{t(`inbox.comments.kind.${item.kind}`)}</span>{' '}
                  <span className="muted small">{item.author}</span>
                  <p>{item.kind === 'comment' ? <>“{item.on}”: {item.text}</> : item.kind === 'insertion' ? <ins>{item.text}</ins> : <del>{item.text}</del>}</p>
                  <div className="button-row">
                    {item.kind === 'comment'
                      ? <button type="button" className="button small ghost" onClick={() => settle([item], 'accept')} data-testid="inbox-resolve">{t('inbox.comments.resolve')}</button>
                      : <>
                        <button type="button" className="button small" onClick={() => settle([item], 'accept')} data-testid="inbox-accept">{t('inbox.comments.accept')}</button>
                        <button type="button" className="button small ghost" onClick={() => settle([item], 'reject')} data-testid="inbox-reject">{t('inbox.comments.reject')}</button>
                      </>}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {returns.some((r) => r.unanchored.length > 0) && (
        <section className="inbox-unanchored" data-testid="inbox-unanchored">
          <h3>{t('inbox.comments.unanchored')}</h3>
          <ul>
            {returns.flatMap((r) => r.unanchored.map((u, i) => (
              <li key={`${r.id}:${i}`} className="small" data-testid="inbox-unanchored-item">
                <span className="badge">{t(`inbox.comments.kind.${u.kind}`)}</span> {u.author}: {u.text}
                {u.context && <span className="muted"> — {t('inbox.comments.context', { text: u.context })}</span>}
                <span className="muted"> ({r.fileName})</span>
              </li>
            )))}
          </ul>
        </section>
      )}
    </div>
  );
}
