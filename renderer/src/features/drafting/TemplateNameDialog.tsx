// A template's name asked in a small dialog: "Save as template" and the Templates screen's "Rename".
// `save` does the work with the cleaned name; a failure is shown and the dialog stays with what was typed.
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { Modal } from '../../app/Modal.tsx';

export function TemplateNameDialog(props: {
  title: string; initial: string; testId: string; hint?: ReactNode;
  save(name: string): Promise<void>; onClose(): void;
}) {
  const t = useT();
  const toasts = useToasts();
  const [name, setName] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const clean = name.normalize('NFC').trim();
    if (!clean || busy) return;
    setBusy(true);
    try {
      await props.save(clean);
      props.onClose();
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={props.title} size="small" testId={props.testId} onClose={props.onClose} onSubmit={() => void submit()}
      footer={<>
        <button type="button" className="button" onClick={props.onClose}>{t('common.cancel')}</button>
        <button type="submit" className="button primary" disabled={busy || !name.trim()} data-testid={`${props.testId}-ok`}>{t('common.save')}</button>
      </>}>
      <label className="field">{t('saveTemplate.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid={`${props.testId}-name`} maxLength={200} autoFocus />
      </label>
      {props.hint}
    </Modal>
  );
}
