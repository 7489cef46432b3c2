// drafting (issue 10). "Save as template": names the template; it is written to the user's templates folder.
import { useState } from 'react';
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { Modal } from '../../app/Modal.tsx';

export function SaveAsTemplateDialog(props: { reviewId: string; defaultName: string; beforeSave(): Promise<void>; onClose(): void }) {
  const t = useT();
  const toasts = useToasts();
  const [name, setName] = useState(props.defaultName);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!name.trim() || busy) return;
    setBusy(true);
    try {
      await props.beforeSave();
      const info = await api.drafting.saveAsTemplate({ reviewId: props.reviewId, name: name.normalize('NFC').trim() });
      toasts.success(t("saveTemplate.saved", { name: info.name, file: info.file }), "save-template-saved");
      props.onClose();
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={t('saveTemplate.title')} size="small" testId="save-template-dialog" onClose={props.onClose} onSubmit={() => void submit()}
      footer={<>
        <button type="button" className="button" onClick={props.onClose}>{t('common.cancel')}</button>
        <button type="submit" className="button primary" disabled={busy || !name.trim()} data-testid="save-template-ok">{t('common.save')}</button>
      </>}>
      <label className="field">{t('saveTemplate.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="save-template-name" maxLength={200} />
      </label>
      <p className="muted small">{t('saveTemplate.hint')}</p>
    </Modal>
  );
}
