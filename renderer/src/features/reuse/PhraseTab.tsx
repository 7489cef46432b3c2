// "Phrase lookup" (concordance): every past sentence containing the words, newest year first. The
// words selected in the text fill the box; the user can also type.
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import type { ConcordanceLine } from '../../../../electron/shared/reuse.ts';

export function PhraseTab(props: { reviewId: string; selectedText: string }) {
  const t = useT();
  const toasts = useToasts();
  const [phrase, setPhrase] = useState(props.selectedText);
  const [lines, setLines] = useState<ConcordanceLine[] | null>(null);

  useEffect(() => {
    const words = props.selectedText.trim();
    if (words && words.length <= 200) { setPhrase(words); void look(words); }
    // Only when the selection in the text changes.
  }, [props.selectedText]);

  async function look(value: string) {
    const q = value.trim();
    if (!q) { setLines(null); return; }
    try {
      setLines(await api.reuse.concordance({ phrase: q, excludeReviewId: props.reviewId }));
    } catch (error) {
      toasts.error(error);
    }
  }

  const byYear = new Map<number, ConcordanceLine[]>();
  for (const line of lines ?? []) {
    const list = byYear.get(line.ref.year);
    if (list) list.push(line);
    else byYear.set(line.ref.year, [line]);
  }
  return (
    <div className="reuse-phrase" data-testid="reuse-phrase">
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void look(phrase); }}>
        <label className="field grow">{t('reuse.phrase.label')}
          <input type="search" value={phrase} maxLength={500} onChange={(e) => setPhrase(e.target.value)} data-testid="reuse-phrase-input" />
        </label>
        <button type="submit" className="button small">{t('reuse.phrase.search')}</button>
      </form>
      <p className="hint small">{t('reuse.phrase.hint')}</p>
      {lines?.length === 0 && <p className="muted small">{t('reuse.phrase.none')}</p>}
      {[...byYear].map(([year, list]) => (
        <section key={year} className="reuse-phrase-year">
          <h3>{year}</h3>
          <ul>
            {list.map((l, i) => (
              <li key={i} lang={l.ref.lang} data-testid="reuse-phrase-line" title={l.ref.title}>
                {l.before}<mark>{l.match}</mark>{l.after}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
