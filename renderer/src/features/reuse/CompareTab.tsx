// "Compare with last year": the section under the caret against the same section of last year's review
// (same language if there is one), word by word (jsdiff, as the history panel does).
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import type { SectionVersion } from '../../../../electron/shared/reuse.ts';
import type { Lang } from '../../../../electron/shared/review.ts';
import type { Section } from '../../../../electron/shared/sections.ts';
import { isUnchanged, wordDiff } from '../history/word-diff.ts';

/** Last year's version if there is one, else the newest earlier one; the draft's language first. */
export function lastYears(versions: readonly SectionVersion[], year: number, lang: Lang): SectionVersion | null {
  const earlier = versions.filter((v) => v.year < year);
  const pick = (list: SectionVersion[]) => list.find((v) => v.year === year - 1) ?? list[0] ?? null;
  return pick(earlier.filter((v) => v.lang === lang)) ?? pick(earlier);
}

export function CompareTab(props: { reviewId: string; year: number; lang: Lang; section: Section | null; currentText: () => string; refreshKey: string }) {
  const t = useT();
  const [base, setBase] = useState<SectionVersion | null | undefined>(undefined);
  const key = props.section?.key;
  useEffect(() => {
    if (!key) return;
    let live = true;
    api.reuse.sections({ reviewId: props.reviewId, key })
      .then((list) => { if (live) setBase(lastYears(list, props.year, props.lang)); })
      .catch(() => { if (live) setBase(null); });
    return () => { live = false; };
  }, [props.reviewId, key, props.year, props.lang]);

  const current = props.currentText();
  const parts = useMemo(() => (base ? wordDiff(base.paragraphs.map((p) => p.text).join('\n\n'), current) : null), [base, current]);
  if (!key) return null;
  if (base === undefined) return <p className="muted small" role="status">{t('reuse.loading')}</p>;
  if (base === null) return <p className="muted small">{t('reuse.compare.none')}</p>;
  return (
    <div className="reuse-compare" data-testid="reuse-compare">
      <p className="small">{t('reuse.compare.with', { title: base.title, year: base.year })}</p>
      <p className="diff-legend small"><ins>{props.year}</ins> <del>{base.year}</del></p>
      {parts === null ? <p className="muted">{t('reuse.compare.tooBig')}</p>
        : isUnchanged(parts) ? <p className="muted">{t('reuse.compare.same')}</p>
          : (
            <div className="diff reuse-diff" lang={props.lang}>
              {parts.map((part, i) => part.kind === 'inserted' ? <ins key={i}>{part.text}</ins>
                : part.kind === 'deleted' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>)}
            </div>
          )}
    </div>
  );
}
