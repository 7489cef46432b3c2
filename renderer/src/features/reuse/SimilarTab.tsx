// "Similar paragraphs": the closest past paragraphs to the one under the caret (≥ 70 %, top 5), with
// the words that differ. Asked for only after the caret report (already debounced by the bridge) and
// a quiet moment (requestIdleCallback), and only the latest answer is shown: typing never waits for it.
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import type { SimilarParagraph } from '../../../../electron/shared/reuse.ts';
import type { Lang } from '../../../../electron/shared/review.ts';
import type { InsertRequest } from './useInsert.ts';

const MIN_CHARS = 25;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 800 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}

export function SimilarTab(props: { reviewId: string; lang: Lang; text: string; onInsert(request: InsertRequest): void }) {
  const t = useT();
  const [matches, setMatches] = useState<SimilarParagraph[] | null>(null);
  const text = props.text.trim();

  useEffect(() => {
    if (text.length < MIN_CHARS) { setMatches(null); return; }
    let live = true;
    const cancel = whenIdle(() => {
      api.reuse.similar({ text, lang: props.lang, excludeReviewId: props.reviewId })
        .then((list) => { if (live) setMatches(list); })
        .catch(() => { if (live) setMatches([]); });
    });
    return () => { live = false; cancel(); };
  }, [text, props.lang, props.reviewId]);

  if (text.length < MIN_CHARS) return <p className="muted small">{t('reuse.similar.short')}</p>;
  return (
    <div className="reuse-similar" data-testid="reuse-similar">
      <p className="hint small">{t('reuse.similar.hint')}</p>
      {matches === null && <p className="muted small" role="status">{t('reuse.loading')}</p>}
      {matches?.length === 0 && <p className="muted small" data-testid="reuse-similar-none">{t('reuse.similar.none')}</p>}
      {matches?.map((m) => {
        const first = m.occurrences[0]!;
        return (
          <article key={`${first.reviewId}#${first.blockIndex}`} className="reuse-match" data-testid="reuse-match" data-year={first.year} data-score={m.score}>
            <header>
              <span className="score" aria-label={`${m.score}%`}>{m.score}%</span> <strong>{first.year}</strong> {first.title}
              {m.total > 1 && <span className="muted small"> · {t('reuse.similar.more', { n: m.total - 1 })}</span>}
            </header>
            <p className="diff" lang={first.lang}>
              {m.diff.map((part, i) => part.kind === 'same' ? <span key={i}>{part.text}</span>
                : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>)}
            </p>
            <button type="button" className="button small" data-testid="reuse-insert-match"
              onClick={() => props.onInsert({ kind: 'blocks', sourceId: first.reviewId, blockStart: first.blockIndex, blockEnd: first.blockIndex + 1 })}>
              {t('reuse.insertParagraph')}
            </button>
          </article>
        );
      })}
    </div>
  );
}
