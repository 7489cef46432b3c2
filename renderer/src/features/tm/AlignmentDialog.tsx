// The alignment of a linked pair, sentence by sentence, and its correction: select one or two
// consecutive sentences on each side (or one side only, for "no translation") and pair them; the
// rest is aligned again around the correction. Corrections are kept with the pair.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import type { Alignment } from '../../../../electron/shared/tm.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { Modal } from '../../app/Modal.tsx';

function toggle(list: number[], i: number): number[] {
  return list.includes(i) ? list.filter((x) => x !== i) : [...list, i].sort((a, b) => a - b).slice(-2);
}

export function AlignmentDialog(props: { reviewId: string; otherId: string; onClose(): void }) {
  const t = useT();
  const toasts = useToasts();
  const [alignment, setAlignment] = useState<Alignment | null>(null);
  const [vi, setVi] = useState<number[]>([]);
  const [en, setEn] = useState<number[]>([]);

  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    api.tm.alignment({ id: props.reviewId, other: props.otherId }).then(setAlignment).catch((error: unknown) => { toasts.error(error); onClose.current(); });
  }, [props.reviewId, props.otherId, toasts]);

  const pair = async () => {
    try {
      setAlignment(await api.tm.correct({ id: props.reviewId, other: props.otherId, vi, en }));
      setVi([]);
      setEn([]);
      toasts.success((t) => t('tm.alignmentCorrected'));
    } catch (error) { toasts.error(error); }
  };
  const reset = async () => {
    try { setAlignment(await api.tm.resetAlignment({ id: props.reviewId, other: props.otherId })); } catch (error) { toasts.error(error); }
  };

  const sentenceButton = (side: 'vi' | 'en', index: number, text: string) => {
    const selected = (side === 'vi' ? vi : en).includes(index);
    return (
      <button key={index} type="button" className={`tm-align-sentence${selected ? ' selected' : ''}`} aria-pressed={selected}
        data-testid={`tm-align-${side}`} data-index={index}
        onClick={() => (side === 'vi' ? setVi((l) => toggle(l, index)) : setEn((l) => toggle(l, index)))}>
        <span className="muted small">{index + 1}</span> {text}
      </button>
    );
  };

  return (
    <Modal title={t('tm.alignmentTitle')} onClose={props.onClose} size="large" testId="tm-alignment"
      footer={(
        <>
          <span className="muted small">{alignment ? t('tm.alignmentStats', { units: alignment.units.length, corrections: alignment.corrections }) : ''}</span>
          <button type="button" className="button" onClick={() => void reset()} disabled={!alignment || alignment.corrections === 0} data-testid="tm-align-reset">{t('tm.alignmentReset')}</button>
          <button type="button" className="button primary" onClick={() => void pair()} disabled={vi.length + en.length === 0} data-testid="tm-align-pair">{t('tm.alignmentPair')}</button>
        </>
      )}>
      <p className="muted small">{t('tm.alignmentHelp')}</p>
      {alignment && (
        <table className="tm-align-table">
          <thead><tr><th>{alignment.vi.title}</th><th>{alignment.en.title}</th><th aria-label={t('tm.confidence')} /></tr></thead>
          <tbody>
            {alignment.units.map((u) => (
              <tr key={u.ordinal} data-testid="tm-align-row" className={u.corrected ? 'corrected' : u.viCount === 0 || u.enCount === 0 ? 'alone' : ''}>
                <td lang="vi">{Array.from({ length: u.viCount }, (_, k) => sentenceButton('vi', u.viFirst + k, alignment.viSentences[u.viFirst + k] ?? ''))}</td>
                <td lang="en">{Array.from({ length: u.enCount }, (_, k) => sentenceButton('en', u.enFirst + k, alignment.enSentences[u.enFirst + k] ?? ''))}</td>
                <td className="small muted">{u.corrected ? t('tm.corrected') : `${Math.round(u.confidence * 100)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}
