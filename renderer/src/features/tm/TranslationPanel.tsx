// The translation panel (issue 12): create the linked English/Vietnamese version, link or unlink
// translations and open their alignment, and for the sentence under the caret: its source, the match
// that pre-filled it (percentage and the source's differences), the memory's other matches to take,
// and the glossary terms it holds; plus the glossary check of the draft.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/index.ts';
import type { Lang, ReviewMeta } from '../../../../electron/shared/review.ts';
import type { DiffOp, GlossaryFinding, GlossaryTermView, SegmentView, TmMatch } from '../../../../electron/shared/tm.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import { caretSentence } from './caretSegment.ts';
import type { CaretInfo, TmEditorController } from './TmCaretPlugin.tsx';
import { AlignmentDialog } from './AlignmentDialog.tsx';
// library (issue 15, lib2): the linked versions and the candidates to link are asked for, not every review
import type { ReviewLink } from '../../../../electron/shared/library-page.ts';
import { useReviewChoices } from '../library/useReviewChoices.ts';
import { ChoiceFilter } from '../library/ChoiceFilter.tsx';
import './tm.css';

export interface TranslationPanelProps {
  review: Pick<ReviewMeta, 'id' | 'lang' | 'title' | 'deletedAt'>;
  caret: CaretInfo | null;
  controller: TmEditorController | null;
  /** Changes after each save: segments and findings are read again. */
  refreshKey: string;
  /** Before a write outside the editor (create a version): the editor's last keystrokes are saved. */
  beforeWrite(): Promise<void>;
  onOpenReview(id: string): void;
  /** The version's segments as loaded (the editor marks the pending ones). */
  onSegments?(segments: SegmentView[]): void;
  onClose(): void;
}

export function Diff(props: { diff: readonly DiffOp[] }) {
  return (
    <span className="tm-diff">
      {props.diff.map((d, i) => (
        d.op === 'same' ? <span key={i}>{d.text} </span>
          : d.op === 'removed' ? <del key={i} className="tm-removed">{d.text}</del>
          : <ins key={i} className="tm-added">{d.text}</ins>
      ))}
    </span>
  );
}

function ScoreBadge(props: { score: number; kind?: string }) {
  const t = useT();
  const level = props.kind === 'none' || props.score === 0 ? 'none' : props.score === 100 ? 'exact' : 'fuzzy';
  return (
    <span className={`tm-score tm-score-${level}`} data-testid="tm-score">
      {level === 'none' ? t('tm.toTranslate') : `${props.score} %`}
    </span>
  );
}

const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

export function TranslationPanel(props: TranslationPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const { review, caret, controller } = props;
  const [segments, setSegments] = useState<SegmentView[]>([]);
  const [matches, setMatches] = useState<TmMatch[]>([]);
  const [terms, setTerms] = useState<GlossaryTermView[]>([]);
  const [findings, setFindings] = useState<GlossaryFinding[] | null>(null);
  const [linked, setLinked] = useState<ReviewLink[]>([]);
  /** Bumped after a link or unlink: the linked versions and the candidates are read again. */
  const [linksChanged, setLinksChanged] = useState(0);
  const [linkTarget, setLinkTarget] = useState('');
  const [aligning, setAligning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadSegments = useCallback(() => {
    api.tm.segments({ reviewId: review.id }).then(setSegments).catch(() => setSegments([]));
  }, [review.id]);
  const loadReviews = useCallback(() => setLinksChanged((n) => n + 1), []);
  useEffect(() => { loadSegments(); }, [loadSegments, props.refreshKey]);
  const { onSegments } = props;
  useEffect(() => { onSegments?.(segments); }, [segments, onSegments]);
  useEffect(() => {
    let live = true;
    api.library.translations({ id: review.id }).then((links) => { if (live) setLinked(links); }).catch(() => { if (live) setLinked([]); });
    return () => { live = false; };
  }, [review.id, linksChanged]);
  const readOnly = review.deletedAt !== null;
  const linkChoices = useReviewChoices({ lang: otherLang(review.lang), notLinkedTo: review.id, refreshKey: linksChanged, enabled: !readOnly });
  const candidates = linkChoices.choices?.rows ?? [];
  /** The chosen candidate, while the filter still shows it. */
  const target = candidates.some((r) => r.id === linkTarget) ? linkTarget : '';

  const current = useMemo(() => (caret ? caretSentence(caret.text, caret.unitIndex, caret.offset, segments) : null), [caret, segments]);
  const sourceText = current?.segment ? current.segment.sourceText : current?.text ?? '';
  const sourceLang: Lang = current?.segment ? otherLang(review.lang) : review.lang;

  useEffect(() => {
    if (!sourceText.trim()) { setMatches([]); setTerms([]); return; }
    let live = true;
    api.tm.matches({ text: sourceText, from: sourceLang, limit: 5, excludeReviewId: review.id })
      .then((r) => { if (live) { setMatches(r.matches); setTerms(r.glossary); } })
      .catch(() => undefined);
    return () => { live = false; };
  }, [sourceText, sourceLang, review.id]);


  const createVersion = async () => {
    setBusy(true);
    try {
      await props.beforeWrite();
      const made = await api.tm.translate({ id: review.id, to: otherLang(review.lang) });
      const s = made.summary;
      toasts.success((t) => t('tm.created', { exact: s.exact, fuzzy: s.fuzzy, none: s.none }));
      props.onOpenReview(made.review.id);
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  };

  const link = async () => {
    if (!target) return;
    try {
      await api.tm.link({ a: review.id, b: target });
      setLinkTarget('');
      loadReviews();
      toasts.success((t) => t('tm.linked'));
    } catch (error) { toasts.error(error); }
  };
  const unlink = async (other: string) => {
    try {
      await api.tm.unlink({ id: review.id, other });
      loadReviews();
      toasts.success((t) => t('tm.unlinked'));
    } catch (error) { toasts.error(error); }
  };

  /** Takes a match for the sentence under the caret: the text is replaced (one undo step) and the choice recorded. */
  const take = async (match: TmMatch) => {
    if (!caret || !current || !controller) return;
    const text = match.adapted ?? match.target;
    if (!controller.replace(caret.unitIndex, current.start, current.end, text)) return;
    if (current.segment) {
      try {
        const saved = await api.tm.accept({
          reviewId: review.id, unitIndex: current.segment.unitIndex, sentenceIndex: current.segment.sentenceIndex,
          choice: { targetText: text, score: match.score, matchSource: match.source, matchReviewId: review.lang === 'en' ? match.enReviewId : match.viReviewId },
        });
        setSegments((list) => list.map((s) => (s.unitIndex === saved.unitIndex && s.sentenceIndex === saved.sentenceIndex ? saved : s)));
      } catch (error) { toasts.error(error); }
    }
  };

  const accept = async (segment: SegmentView) => {
    try {
      const saved = await api.tm.accept({ reviewId: review.id, unitIndex: segment.unitIndex, sentenceIndex: segment.sentenceIndex });
      setSegments((list) => list.map((s) => (s.unitIndex === saved.unitIndex && s.sentenceIndex === saved.sentenceIndex ? saved : s)));
    } catch (error) { toasts.error(error); }
  };

  /** Selects the finding's sentence in the text (its unit's text as it is now). */
  const jumpTo = (f: GlossaryFinding) => {
    controller?.selectSentence(f.unitIndex, f.sentence);
  };

  const runCheck = async () => {
    try {
      await props.beforeWrite();
      setFindings(await api.tm.check({ reviewId: review.id }));
    } catch (error) { toasts.error(error); }
  };

  const counts = useMemo(() => ({
    exact: segments.filter((s) => s.kind === 'exact').length,
    fuzzy: segments.filter((s) => s.kind === 'fuzzy').length,
    none: segments.filter((s) => s.kind === 'none').length,
    pending: segments.filter((s) => s.status === 'pending').length,
  }), [segments]);

  const seg = current?.segment ?? null;

  return (
    <SidePanel title={t('tm.title')} onClose={props.onClose} testId="tm-panel" wide>
      <div className="tm-panel">
        <section className="tm-section">
          <button type="button" className={`button${linked.some((l) => l.lang !== review.lang) ? '' : ' primary'}`} disabled={busy || readOnly} onClick={() => void createVersion()} data-testid="tm-create-version">
            {t(review.lang === 'vi' ? 'tm.createEnglish' : 'tm.createVietnamese')}
          </button>
          <p className="muted small">{t('tm.createHint')}</p>
        </section>

        <section className="tm-section" aria-labelledby="tm-links-h">
          <h3 id="tm-links-h">{t('tm.links')}</h3>
          {linked.length === 0 && <p className="muted small">{t('tm.noLinks')}</p>}
          <ul className="tm-links">
            {linked.map((other) => (
              <li key={other.id} data-testid="tm-link">
                <button type="button" className="translation-link" onClick={() => props.onOpenReview(other.id)}>
                  <span className={`badge lang-badge lang-${other.lang}`}>{t(`lang.badge.${other.lang}`)}</span> {other.title}
                </button>
                <span className="tm-link-actions">
                  <button type="button" className="button ghost small" onClick={() => setAligning(other.id)} data-testid="tm-open-alignment">{t('tm.alignment')}</button>
                  <button type="button" className="button ghost small" onClick={() => void unlink(other.id)} data-testid="tm-unlink">{t('tm.unlink')}</button>
                </span>
              </li>
            ))}
          </ul>
          {!readOnly && <ChoiceFilter choices={linkChoices.choices} query={linkChoices.query} onQuery={linkChoices.setQuery} testId="tm-link-filter" />}
          {!readOnly && candidates.length > 0 && (
            <div className="tm-link-form">
              <label className="field">{t('tm.linkWith')}
                <select value={target} onChange={(e) => setLinkTarget(e.target.value)} data-testid="tm-link-select">
                  <option value="">—</option>
                  {candidates.map((r) => <option key={r.id} value={r.id}>{`${r.year} · ${r.lang.toUpperCase()} · ${r.title}`}</option>)}
                </select>
              </label>
              <button type="button" className="button" disabled={!target} onClick={() => void link()} data-testid="tm-link-button">{t('tm.link')}</button>
            </div>
          )}
        </section>

        {segments.length > 0 && (
          <section className="tm-section" aria-labelledby="tm-progress-h">
            <h3 id="tm-progress-h">{t('tm.progress')}</h3>
            <p className="small" data-testid="tm-counts">{t('tm.counts', { exact: counts.exact, fuzzy: counts.fuzzy, none: counts.none, pending: counts.pending })}</p>
          </section>
        )}

        <section className="tm-section" aria-labelledby="tm-caret-h" aria-live="polite">
          <h3 id="tm-caret-h">{t('tm.thisSentence')}</h3>
          {!current && <p className="muted small">{t('tm.placeCaret')}</p>}
          {current && seg && (
            <div className="tm-segment" data-testid="tm-segment" data-status={seg.status}>
              <div className="tm-row"><ScoreBadge score={seg.score} kind={seg.kind} />
                <span className="muted small">{seg.status === 'accepted' ? t('tm.accepted') : t('tm.pending')}</span></div>
              <p className="tm-source" lang={otherLang(review.lang)}><span className="muted small">{t('tm.source')}</span> {seg.sourceText}</p>
              {seg.kind === 'fuzzy' && seg.diff.length > 0 && (
                <p className="small" data-testid="tm-diff"><span className="muted">{t('tm.differences')}</span> <Diff diff={seg.diff} /></p>
              )}
              {seg.status === 'pending' && !readOnly && (
                <button type="button" className="button small" onClick={() => void accept(seg)} data-testid="tm-accept">{t('tm.accept')}</button>
              )}
            </div>
          )}
          {current && !seg && <p className="tm-source small" data-testid="tm-caret-text">{current.text}</p>}
        </section>

        <section className="tm-section" aria-labelledby="tm-matches-h">
          <h3 id="tm-matches-h">{t('tm.matches')}</h3>
          {current && matches.length === 0 && <p className="muted small">{t('tm.noMatches')}</p>}
          <ol className="tm-matches">
            {matches.map((m, i) => (
              <li key={i} className="tm-match" data-testid="tm-match">
                <div className="tm-row"><ScoreBadge score={m.score} /><span className="muted small">{m.year}{m.occurrences > 1 ? ` · ×${m.occurrences}` : ''}</span></div>
                <p className="tm-target" lang={m.from === 'vi' ? 'en' : 'vi'}>{m.adapted ?? m.target}</p>
                {m.score < 100 && <p className="small"><span className="muted">{t('tm.differences')}</span> <Diff diff={m.diff} /></p>}
                {current && controller && !readOnly && (
                  <button type="button" className="button small" onClick={() => void take(m)} data-testid="tm-use-match">{t('tm.useMatch')}</button>
                )}
              </li>
            ))}
          </ol>
        </section>

        <section className="tm-section" aria-labelledby="tm-terms-h">
          <h3 id="tm-terms-h">{t('tm.glossary')}</h3>
          {terms.length === 0 && <p className="muted small">{t('tm.noTerms')}</p>}
          <ul className="tm-terms">
            {terms.map((g) => <li key={g.key} data-testid="tm-term"><strong>{g.vi}</strong> → {g.en.join(' / ')}</li>)}
          </ul>
        </section>

        <section className="tm-section" aria-labelledby="tm-check-h">
          <h3 id="tm-check-h">{t('tm.check')}</h3>
          <button type="button" className="button small" onClick={() => void runCheck()} data-testid="tm-run-check">{t('tm.runCheck')}</button>
          {findings && findings.length === 0 && <p className="muted small" data-testid="tm-check-clean">{t('tm.checkClean')}</p>}
          {findings && findings.length > 0 && (
            <ul className="tm-findings">
              {findings.map((f, i) => (
                <li key={i} data-testid="tm-finding" data-kind={f.kind}>
                  <p className="small">{f.message[locale]}</p>
                  <p className="muted small tm-finding-sentence">{f.sentence}</p>
                  {controller && (
                    <button type="button" className="button ghost small" data-testid="tm-finding-jump"
                      onClick={() => jumpTo(f)}>{t('tm.jump')}</button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {aligning && <AlignmentDialog reviewId={review.id} otherId={aligning} onClose={() => setAligning(null)} />}
    </SidePanel>
  );
}
