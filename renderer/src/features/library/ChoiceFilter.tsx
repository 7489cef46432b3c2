// library (issue 15, lib2): the filter of a review picker, shown only when the picker holds fewer reviews
// than match (a large library) or a filter is typed: "n of m shown", or that nothing matches.
import type { ReviewChoices } from '../../../../electron/shared/library-page.ts';
import { useT } from '../../i18n/index.tsx';

export function ChoiceFilter(props: { choices: ReviewChoices | null; query: string; onQuery(query: string): void; testId: string }) {
  const t = useT();
  const { choices, query } = props;
  if (!choices || (choices.total <= choices.rows.length && query === '')) return null;
  return (
    <div className="choice-filter">
      <label className="field">{t('picker.filter')}
        <input type="search" value={query} onChange={(e) => props.onQuery(e.target.value)} data-testid={props.testId} maxLength={200} />
      </label>
      <p className="hint" role="status" data-testid={`${props.testId}-status`}>
        {choices.total === 0 ? t('picker.noMatch', { query: query.trim() })
          : choices.total > choices.rows.length ? t('picker.shown', { shown: choices.rows.length, total: choices.total }) : null}
      </p>
    </div>
  );
}
