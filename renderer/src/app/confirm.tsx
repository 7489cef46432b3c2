// Confirmation questions: the native dialog through api.dialog.confirm (Electron; stubbed in tests),
// and an in-app modal in the Chromium app or when the main process cannot show one.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { api } from '../api/index.ts';
import { useT } from '../i18n/index.tsx';
import { Modal } from './Modal.tsx';
import { frontEnd } from '../features/chromium-app/frontEnd.ts';

type Confirm = (message: string, detail?: string) => Promise<boolean>;
const ConfirmContext = createContext<Confirm>(async () => false);

export function useConfirm(): Confirm {
  return useContext(ConfirmContext);
}

interface Pending { message: string; detail?: string; resolve(answer: boolean): void }

export function ConfirmProvider(props: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const t = useT();

  const confirm = useCallback<Confirm>(async (message, detail) => {
    const inPage = () => new Promise<boolean>((resolve) => setPending({ message, ...(detail !== undefined ? { detail } : {}), resolve }));
    if ((await frontEnd()) === 'chromium-app') return inPage();
    try {
      return await api.dialog.confirm(detail === undefined ? { message } : { message, detail });
    } catch {
      return inPage();
    }
  }, []);

  const answer = (value: boolean) => {
    pending?.resolve(value);
    setPending(null);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {props.children}
      {pending && (
        <Modal
          title={t('common.confirmTitle')}
          size="small"
          testId="confirm-modal"
          onClose={() => answer(false)}
          onSubmit={() => answer(true)}
          footer={<>
            <button type="button" className="button" onClick={() => answer(false)}>{t('common.cancel')}</button>
            <button type="submit" className="button primary" data-autofocus>{t('common.ok')}</button>
          </>}
        >
          <p className="confirm-message">{pending.message}</p>
          {pending.detail && <p className="muted">{pending.detail}</p>}
        </Modal>
      )}
    </ConfirmContext.Provider>
  );
}
