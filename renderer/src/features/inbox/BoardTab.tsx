// The board (issue 14): per contributor not asked / asked (date) / late / received (date, file,
// version) / merged (how much is used), what is still missing, the deadline and meeting date, the
// contributors list to edit, the request and reminder letters, and receiving files (button or drop).
import { useState } from 'react';
import { api } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useConfirm } from '../../app/confirm.tsx';
import { DayInput } from '../../app/DayInput.tsx';
import { ministryLabel } from './names.ts';
import type { Board, ContributorRow, MinistryName, VersionDiff } from '../../../../electron/shared/inbox.ts';
import { chooseLetterPath, deliverLetter } from './files.ts';
import { blockText } from '../../../../electron/shared/doc-build.ts';
import type { DocBlock } from '../../../../electron/shared/doc.ts';

function day(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function Changes(props: { diff: VersionDiff }) {
  const t = useT();
  const n = (kind: string) => props.diff.changes.filter((c) => c.kind === kind).length;
  return (
    <div className="inbox-changes" data-testid="inbox-changes">
      <p className="small">{t('inbox.changes.summary', { changed: n('changed'), added: n('added'), removed: n('removed'), same: props.diff.unchanged })}</p>
      {props.diff.changes.length === 0 && <p className="muted small">{t('inbox.changes.none')}</p>}
      <ul>
        {props.diff.changes.map((c, i) => (
          <li key={i} className={`inbox-change inbox-change-${c.kind}`} data-testid="inbox-change" data-kind={c.kind}>
            <span className="badge">{t(`inbox.change.${c.kind}`)}</span>{' '}
            {c.kind !== 'added' && <del>{c.before}</del>}{c.kind === 'changed' && ' → '}{c.kind !== 'removed' && <ins>{c.after}</ins>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Row(props: { row: ContributorRow; onChanged(board: Board): void; reviewId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const confirm = useConfirm();
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [reading, setReading] = useState<string[] | null>(null);
  const { row } = props;
  const latest = row.latest;
  const showChanges = async () => {
    if (diff) { setDiff(null); return; }
    try { setDiff(latest ? await api.inbox.changes({ id: latest.id }) : null); } catch (error) { toasts.error(error); }
  };
  const read = async () => {
    if (reading) { setReading(null); return; }
    try {
      const { content } = await api.inbox.contribution({ id: latest!.id });
      setReading((content.root.children as DocBlock[]).map(blockText).filter((text) => text.trim()));
    } catch (error) { toasts.error(error); }
  };
  const removeFile = async () => {
    if (!latest || !(await confirm(t('inbox.removeFileConfirm', { file: latest.fileName })))) return;
    try { props.onChanged(await api.inbox.remove({ id: latest.id })); } catch (error) { toasts.error(error); }
  };
  const removeContributor = async () => {
    try { props.onChanged(await api.inbox.removeContributor({ reviewId: props.reviewId, ministry: row.ministry.key })); } catch (error) { toasts.error(error); }
  };
  return (
    <li className={`inbox-row state-${row.state}`} data-testid="inbox-row" data-ministry={row.ministry.key} data-state={row.state}>
      <div className="inbox-row-main">
        <span className="inbox-name">{ministryLabel(row.ministry, locale)}</span>
        <span className={`badge inbox-state inbox-state-${row.state}`} data-testid="inbox-state">{t(`inbox.state.${row.state}`)}</span>
      </div>
      <div className="inbox-row-detail small muted">
        {latest ? (
          <>
            <span data-testid="inbox-received">{t('inbox.receivedOn', { file: latest.fileName, date: day(latest.docDate ?? latest.receivedAt) })}</span>
            {latest.version > 1 && <> · <span data-testid="inbox-version">{t('inbox.version', { n: latest.version })}</span></>}
            {row.receivedLate && <> · <span className="inbox-warn">{t('inbox.receivedLate')}</span></>}
            {' · '}<span data-testid="inbox-used">{t('inbox.used', { used: row.usedBlocks, total: row.totalBlocks })}</span>
          </>
        ) : (
          <>
            {row.askedAt && <span>{t('inbox.askedOn', { date: day(row.askedAt) })}</span>}
            {row.remindedAt && <> · <span>{t('inbox.remindedOn', { date: day(row.remindedAt) })}</span></>}
          </>
        )}
      </div>
      <div className="inbox-row-actions">
        {latest && latest.version > 1 && (
          <button type="button" className="link-button small" aria-expanded={diff !== null} onClick={() => void showChanges()} data-testid="inbox-show-changes">
            {diff ? t('inbox.hideChanges') : t('inbox.showChanges', { n: latest.version - 1 })}
          </button>
        )}
        {latest && (
          <button type="button" className="link-button small" aria-expanded={reading !== null} onClick={() => void read()} data-testid="inbox-read-file">
            {reading ? t('inbox.hideFile') : t('inbox.readFile')}
          </button>
        )}
        {latest && <button type="button" className="link-button small" onClick={() => void removeFile()} data-testid="inbox-remove-file">{t('inbox.removeFile')}</button>}
        {!latest && <button type="button" className="link-button small" onClick={() => void removeContributor()} data-testid="inbox-remove-contributor">{t('inbox.removeContributor')}</button>}
      </div>
      {diff && <Changes diff={diff} />}
      {reading && (
        <div className="inbox-reading" data-testid="inbox-reading" tabIndex={0} role="region" aria-label={latest?.fileName ?? ''}>
          {reading.map((text, i) => <p key={i}>{text}</p>)}
        </div>
      )}
    </li>
  );
}

export function BoardTab(props: {
  reviewId: string;
  /** The review's year (completes a day written without one) and meeting date (its Properties field). */
  year: number;
  meetingDate: string | null;
  onMeetingDate(value: string | null): void;
  readOnly: boolean;
  board: Board | null;
  ministries: MinistryName[];
  beforeWrite(): Promise<void>;
  onBoard(board: Board): void;
  onImport(): void;
  busy: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [adding, setAdding] = useState('');
  const [custom, setCustom] = useState('');
  const [letterBusy, setLetterBusy] = useState(false);
  const { board } = props;
  if (!board) return <p className="muted small" role="status">{t('inbox.loading')}</p>;

  const setRound = async (patch: { deadline?: string | null; letterNumber?: string }) => {
    try { props.onBoard(await api.inbox.setRound({ reviewId: props.reviewId, ...patch })); } catch (error) { toasts.error(error); }
  };
  const add = async (value: string, isCustom: boolean) => {
    if (!value.trim()) return;
    try {
      props.onBoard(await api.inbox.addContributor({ reviewId: props.reviewId, ministry: value, ...(isCustom ? { custom: true } : {}) }));
      setAdding(''); setCustom('');
    } catch (error) { toasts.error(error); }
  };
  const letter = async (reminder: boolean) => {
    if (letterBusy) return;
    setLetterBusy(true);
    try {
      const chosen = await chooseLetterPath(reminder ? 'Cong-van-nhac.docx' : 'Cong-van-de-nghi-dong-gop.docx');
      if (!chosen) return;
      await props.beforeWrite();
      const result = await api.inbox.letter({ reviewId: props.reviewId, path: chosen.path, ...(reminder ? { reminder: true } : {}) });
      const name = await deliverLetter(result.path, chosen.target);
      toasts.success((t) => t('inbox.letterDone', { n: result.recipients.length, name }), 'inbox-letter-done');
      props.onBoard(await api.inbox.board({ reviewId: props.reviewId }));
    } catch (error) {
      toasts.error(error);
    } finally {
      setLetterBusy(false);
    }
  };

  const listed = new Set(board.rows.map((r) => r.ministry.key));
  const addable = props.ministries.filter((m) => !listed.has(m.key));
  const left = board.deadline ? daysBetween(board.today, board.deadline) : null;
  return (
    <div className="inbox-board" data-testid="inbox-board">
      <div className="inbox-round">
        <DayInput label={t('inbox.deadline')} value={board.deadline} year={props.year} testId="inbox-deadline" onCommit={(deadline) => void setRound({ deadline })} />
        {/* The review's own meeting date (Properties, the document's chip): the letters name it. */}
        <DayInput label={t('inbox.meeting')} value={props.meetingDate} year={props.year} testId="inbox-meeting" disabled={props.readOnly} onCommit={props.onMeetingDate} />
        <label className="field inline">{t('inbox.letterNumber')}
          <input type="text" defaultValue={board.letterNumber} key={board.letterNumber} placeholder="…/BNG-ASEAN" data-testid="inbox-letter-number"
            onBlur={(e) => { if (e.target.value !== board.letterNumber) void setRound({ letterNumber: e.target.value }); }} />
        </label>
      </div>
      <p className="small" data-testid="inbox-counts">
        {t('inbox.counts', { received: board.counts.received, merged: board.counts.merged, late: board.counts.late, asked: board.counts.asked, notAsked: board.counts['not-asked'] })}
        {left !== null && <> · <span className={left < 0 ? 'inbox-warn' : ''}>{left >= 0 ? t('inbox.daysLeft', { n: left }) : t('inbox.overdue', { n: -left })}</span></>}
      </p>
      <p className="small" data-testid="inbox-missing">
        {board.missing.length ? t('inbox.missing', { n: board.missing.length, list: board.missing.map((m) => ministryLabel(m, locale)).join(', ') }) : t('inbox.missingNone')}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={props.onImport} disabled={props.busy} data-testid="inbox-import">{t('inbox.importFiles')}</button>
        <button type="button" className="button ghost" onClick={() => void letter(false)} disabled={letterBusy || board.rows.length === 0} data-testid="inbox-letter-request">{t('inbox.letterRequest')}</button>
        <button type="button" className="button ghost" onClick={() => void letter(true)} disabled={letterBusy || board.counts.late === 0} data-testid="inbox-letter-reminder">
          {t('inbox.letterReminder')}{board.counts.late ? ` (${board.counts.late})` : ''}
        </button>
      </div>
      <p className="hint small">{t('inbox.dropHint')}</p>
      {board.rows.length === 0 && <p className="muted small">{t('inbox.empty')}</p>}
      <ul className="inbox-rows" data-testid="inbox-rows">
        {board.rows.map((row) => <Row key={row.ministry.key} row={row} reviewId={props.reviewId} onChanged={props.onBoard} />)}
      </ul>
      <div className="inbox-add">
        <label className="field inline">{t('inbox.addContributor')}
          <select value={adding} onChange={(e) => setAdding(e.target.value)} data-testid="inbox-add-ministry">
            <option value="">{t('inbox.chooseMinistryNone')}</option>
            {addable.map((m) => <option key={m.key} value={m.key}>{ministryLabel(m, locale)}</option>)}
          </select>
        </label>
        <button type="button" className="button small" disabled={!adding} onClick={() => void add(adding, false)} data-testid="inbox-add-ministry-button">{t('inbox.add')}</button>
        <label className="field inline">{t('inbox.addCustom')}
          <input type="text" value={custom} onChange={(e) => setCustom(e.target.value)} data-testid="inbox-add-custom"
            onKeyDown={(e) => { if (e.key === 'Enter') void add(custom, true); }} />
        </label>
        <button type="button" className="button small" disabled={!custom.trim()} onClick={() => void add(custom, true)} data-testid="inbox-add-custom-button">{t('inbox.add')}</button>
      </div>
    </div>
  );
}
