// drafting (issue 10). "Save as template": names the template; it is written to the user's templates folder.
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { TemplateNameDialog } from './TemplateNameDialog.tsx';

export function SaveAsTemplateDialog(props: { reviewId: string; defaultName: string; beforeSave(): Promise<void>; onClose(): void }) {
  const t = useT();
  const toasts = useToasts();
  return (
    <TemplateNameDialog title={t('saveTemplate.title')} initial={props.defaultName} testId="save-template" onClose={props.onClose}
      hint={<p className="muted small">{t('saveTemplate.hint')}</p>}
      save={async (name) => {
        await props.beforeSave();
        const info = await api.drafting.saveAsTemplate({ reviewId: props.reviewId, name });
        toasts.success((t) => t('saveTemplate.saved', { name: info.name, file: info.file }), 'save-template-saved');
      }} />
  );
}
