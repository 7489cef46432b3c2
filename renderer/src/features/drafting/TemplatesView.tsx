// drafting (issue 10). The templates screen: bundled and user templates, and every template file with an
// error (file, line, reason) — a broken file never stops the others. Each template can be previewed as the
// draft it makes and used for a new review (the New review dialog opens on it); the user's own templates
// can be renamed and deleted (Undo puts one back). Bundled templates belong to the app and stay as they are.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TemplateInfo } from '../../../../electron/drafting/types.ts';
import type { FileProblem } from '../../../../electron/drafting/problems.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { fieldDef } from '../../../../electron/shared/fields.ts';
import { api } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useConfirm } from '../../app/confirm.tsx';
import { Modal } from '../../app/Modal.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';
import { TemplateNameDialog } from './TemplateNameDialog.tsx';

function PreviewDialog(props: { template: TemplateInfo; onUse(): void; onClose(): void }) {
  const t = useT();
  const toasts = useToasts();
  const year = new Date().getFullYear();
  const [preview, setPreview] = useState<{ title: string; content: DocState } | null>(null);
  const close = useRef(props.onClose);
  useLayoutEffect(() => { close.current = props.onClose; });
  const id = props.template.id;
  useEffect(() => {
    let live = true;
    api.drafting.previewTemplate({ id, year })
      .then((p) => { if (live) setPreview(p); })
      .catch((e: unknown) => { toasts.error(e); close.current(); });
    return () => { live = false; };
  }, [id, year, toasts]);
  return (
    <Modal title={props.template.name} size="large" testId="template-preview-dialog" onClose={props.onClose}
      footer={<>
        <button type="button" className="button" onClick={props.onClose}>{t('common.close')}</button>
        <button type="button" className="button primary" onClick={props.onUse} data-testid="template-preview-use">{t('templates.use')}</button>
      </>}>
      <p className="muted small">{t('templates.preview.note', { year })}</p>
      {preview ? <>
        <p className="template-preview-title"><strong>{preview.title}</strong></p>
        <TemplatePreview content={preview.content} />
      </> : <p className="muted" aria-busy="true">{t('templates.preview.loading')}</p>}
    </Modal>
  );
}

export function TemplatesView(props: { onUse(template: TemplateInfo): void }) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const confirm = useConfirm();
  const [set, setSet] = useState<{ templates: TemplateInfo[]; problems: FileProblem[] } | null>(null);
  const [previewing, setPreviewing] = useState<TemplateInfo | null>(null);
  const [renaming, setRenaming] = useState<TemplateInfo | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useCallback(() => { api.drafting.templates({}).then(setSet).catch((e: unknown) => toasts.error(e)); }, [toasts]);
  useEffect(load, [load]);

  const remove = async (x: TemplateInfo) => {
    if (!(await confirm(t('templates.delete.confirm', { name: x.name }), t('templates.delete.detail')))) return;
    try {
      const { kept } = await api.drafting.deleteTemplate({ id: x.id });
      load();
      heading.current?.focus(); // the row and its buttons are gone
      toasts.success((t) => t('templates.deleted', { name: x.name }), 'template-deleted', {
        label: (t) => t('library.undo'), testId: 'template-undo',
        run: () => { api.drafting.restoreTemplate({ kept }).then(load).catch((e: unknown) => toasts.error(e)); },
      });
    } catch (error) {
      toasts.error(error);
    }
  };

  return (
    <section className="view templates-view" data-testid="templates-view">
      <header className="view-header">
        <h1 ref={heading} tabIndex={-1}>{t('templates.title')}</h1>
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
          <li key={x.id} className="template-item" data-testid="template-item" data-id={x.id} data-origin={x.origin}>
            <div className="template-main">
              <h2 className="template-name">{x.name} <span className={`badge lang-badge lang-${x.lang}`}>{t(`lang.badge.${x.lang}`)}</span> <span className="badge">{t(`kind.${x.kind}`)}</span> <span className="badge">{t(`templates.origin.${x.origin}`)}</span></h2>
              {x.description && <div className="muted small">{x.description}</div>}
              <div className="muted small" data-testid="template-fields">
                {t('templates.fields', { n: x.fields.length })}: {x.fields.map((f) => fieldDef(f).label[locale]).join(', ')}
              </div>
              <div className="muted small"><code>{x.file}</code></div>
            </div>
            <div className="template-actions">
              <button type="button" className="button primary small" onClick={() => props.onUse(x)} data-testid="template-use">{t('templates.use')}</button>
              <button type="button" className="button small" onClick={() => setPreviewing(x)} data-testid="template-preview-open">{t('templates.preview')}</button>
              {x.origin === 'user' && <>
                <button type="button" className="button small" onClick={() => setRenaming(x)} data-testid="template-rename">{t('templates.rename')}</button>
                <button type="button" className="button small danger" onClick={() => void remove(x)} data-testid="template-delete">{t('templates.delete')}</button>
              </>}
            </div>
          </li>
        ))}
      </ul>
      {set && set.templates.every((x) => x.origin === 'bundled') && <p className="muted small" data-testid="templates-own-hint">{t('templates.ownHint')}</p>}
      {previewing && <PreviewDialog template={previewing} onClose={() => setPreviewing(null)} onUse={() => { const x = previewing; setPreviewing(null); props.onUse(x); }} />}
      {renaming && (
        <TemplateNameDialog title={t('templates.rename.title')} initial={renaming.name} testId="template-rename" onClose={() => setRenaming(null)}
          save={async (name) => {
            await api.drafting.renameTemplate({ id: renaming.id, name });
            toasts.success((t) => t('templates.renamed', { name }));
            load();
          }} />
      )}
    </section>
  );
}
