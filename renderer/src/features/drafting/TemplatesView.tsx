// drafting (issue 10). The templates screen: bundled and user templates, and every template file with an
// error (file, line, reason) — a broken file never stops the others.
import { useEffect, useState } from 'react';
import type { TemplateInfo } from '../../../../electron/drafting/types.ts';
import type { FileProblem } from '../../../../electron/drafting/problems.ts';
import { api } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';

export function TemplatesView() {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [set, setSet] = useState<{ templates: TemplateInfo[]; problems: FileProblem[] } | null>(null);
  useEffect(() => { api.drafting.templates({}).then(setSet).catch((e: unknown) => toasts.error(e)); }, [toasts]);
  return (
    <section className="view templates-view" data-testid="templates-view">
      <header className="view-header">
        <h1>{t('templates.title')}</h1>
        <p className="muted">{t('templates.intro')}</p>
      </header>
      {set && set.problems.length > 0 && (
        <div className="notice warning" role="alert" data-testid="template-problems">
          <p>{t('templates.problems')}</p>
          <ul>{set.problems.map((p, i) => (
            <li key={i} data-testid="template-problem"><code>{p.file}</code>{p.line !== null && <> ({t('templates.line', { line: p.line })})</>} · {t(`templates.origin.${p.origin}`)}: {p.reason[locale]}</li>
          ))}</ul>
        </div>
      )}
      <ul className="template-list">
        {set?.templates.map((x) => (
          <li key={x.id} className="template-item" data-testid="template-item" data-id={x.id}>
            <div className="template-name">{x.name} <span className={`badge lang-badge lang-${x.lang}`}>{t(`lang.badge.${x.lang}`)}</span> <span className="badge">{t(`kind.${x.kind}`)}</span> <span className="badge">{t(`templates.origin.${x.origin}`)}</span></div>
            {x.description && <div className="muted small">{x.description}</div>}
            <div className="muted small"><code>{x.file}</code> · {t('templates.fields', { n: x.fields.length })}: {x.fields.join(', ')}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
