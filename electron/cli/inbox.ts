// inbox (issue 14): the ministries' contributions from a terminal.
//   inbox ID [--json] [--deadline YYYY-MM-DD] [--meeting YYYY-MM-DD] [--number N]   the board
//   inbox add ID FILE… [--from MINISTRY] [--json]                                   file contributions
//   inbox letter ID --out FILE.docx [--reminder]                                    request / reminder letter
//   comments import ID FILE… [--from MINISTRY]                                      commented returns
import type { Command } from './types.ts';
import type { AddOutcome, Board, ContributorRow, ReturnOutcome } from '../shared/inbox.ts';
import { errors } from '../shared/errors.ts';
import { collectImport } from '../library/import/collect.ts';

const STATE_LABEL: Record<ContributorRow['state'], string> = {
  'not-asked': 'chưa đề nghị / not asked', asked: 'đã đề nghị / asked', late: 'quá hạn / late', received: 'đã nhận / received', merged: 'đã dùng / merged',
};

function day(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '-';
}

/** `meetingDate`: the review's meeting date (its Properties field), which the letters name. */
export function boardLines(board: Board, meetingDate: string | null): string[] {
  const lines = [`# hạn / deadline: ${day(board.deadline)}\thọp / meeting: ${day(meetingDate)}\thôm nay / today: ${day(board.today)}`];
  for (const r of board.rows) {
    const latest = r.latest;
    const got = latest ? `\t${latest.fileName}\tv${latest.version}\t${day(latest.docDate ?? latest.receivedAt)}${r.receivedLate ? ' (muộn / late)' : ''}` : '';
    const used = latest ? `\t${r.usedBlocks}/${r.totalBlocks} đoạn đã dùng / blocks used` : r.askedAt ? `\tđề nghị / asked ${day(r.askedAt)}` : '';
    lines.push(`${r.state}\t${r.ministry.key}\t${r.ministry.nameVi}\t${STATE_LABEL[r.state]}${got}${used}`);
  }
  lines.push(`# còn thiếu / missing (${board.missing.length}): ${board.missing.map((m) => m.nameVi).join(', ') || '-'}`);
  if (board.unused.length) lines.push(`# chưa dùng / not used yet: ${board.unused.map((c) => `${c.ministry.nameVi} (${c.fileName})`).join(', ')}`);
  return lines;
}

export function addLine(o: AddOutcome): string {
  switch (o.status) {
    case 'filed': {
      const c = o.contribution;
      const former = o.detection.former && o.detection.ministry?.key === c.ministry.key ? ` (tên cũ / former name: ${o.detection.former.nameVi})` : '';
      const by = c.detectedBy === 'user' ? 'user' : `${c.detectedBy}: ${o.detection.evidence}`;
      return `filed\t${c.id}\t${o.file}\t${c.ministry.nameVi}${former}\tv${c.version}${o.superseded ? ` (thay bản / supersedes v${o.superseded.version})` : ''}\t[${by}]`;
    }
    case 'needs-ministry': return `needs-ministry\t-\t${o.file}\tKhông xác định được bộ, ngành gửi; dùng --from / Could not tell the sending ministry; use --from`;
    case 'duplicate': return `duplicate\t${o.existing.id}\t${o.file}\t${o.existing.ministry.nameVi} v${o.existing.version}`;
    case 'error': return `error\t${o.code}\t${o.file}\t${o.message.vi} / ${o.message.en}${o.message.detail ? `\t(${o.message.detail})` : ''}`;
  }
}

function isoOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw errors.invalidArgument(`--${name} YYYY-MM-DD`);
  return value;
}

export const inboxCommand: Command = {
  summary: 'Contributions: the board; `add` files ministries\' files; `letter` writes the request (or --reminder) letter',
  usage: 'inbox ID [--json] | inbox add ID FILE… [--from MINISTRY] | inbox letter ID --out FILE.docx [--reminder]',
  options: {
    from: { type: 'string' }, out: { type: 'string' }, reminder: { type: 'boolean' },
    deadline: { type: 'string' }, meeting: { type: 'string' }, number: { type: 'string' },
  },
  async run({ services, values, positionals, out }) {
    const [first, ...rest] = positionals;
    if (!first) throw errors.invalidArgument('thiếu ID / missing ID');
    if (first === 'add') {
      const [id, ...paths] = rest;
      if (!id || paths.length === 0) throw errors.invalidArgument('inbox add ID FILE…');
      const { files, problems } = await collectImport(paths);
      const from = typeof values.from === 'string' ? values.from : undefined;
      if (from) services.inbox.resolveMinistry(id, from); // an unknown name is refused before any file is read
      const outcomes = await services.inbox.add(id, files.map((path) => ({ path, ...(from ? { ministry: from } : {}) })), (o, done, total) => {
        if (!values.json) out(addLine(o));
        if (total >= 10) process.stderr.write(`[${done}/${total}] ${o.status} ${o.file}\n`);
      });
      if (values.json) out(JSON.stringify([...problems, ...outcomes], null, 2));
      else for (const p of problems) out(`${p.status}\t-\t${p.file}`);
      return outcomes.some((o) => o.status === 'error' || o.status === 'needs-ministry') || problems.some((p) => p.status === 'error') ? 1 : 0;
    }
    if (first === 'letter') {
      const [id] = rest;
      if (!id) throw errors.invalidArgument('inbox letter ID --out FILE.docx');
      if (typeof values.out !== 'string') throw errors.invalidArgument('--out FILE.docx');
      const result = await services.inbox.letter(id, { path: values.out, reminder: values.reminder === true });
      if (values.json) out(JSON.stringify(result, null, 2));
      else out(`${result.path}\t${result.bytes} bytes\t${result.recipients.length} nơi nhận / recipients: ${result.recipients.map((r) => r.nameVi).join(', ')}`);
      return 0;
    }
    const id = first;
    const deadline = isoOption(values.deadline, 'deadline');
    const meetingDate = isoOption(values.meeting, 'meeting');
    const letterNumber = typeof values.number === 'string' ? values.number : undefined;
    // The meeting date is the review's own (Properties; the document's chips follow it).
    if (meetingDate) services.reviews.update(id, { fields: { meetingDate } });
    const board = deadline || letterNumber !== undefined
      ? services.inbox.setRound(id, { ...(deadline ? { deadline } : {}), ...(letterNumber !== undefined ? { letterNumber } : {}) })
      : services.inbox.board(id);
    const meeting = services.reviews.getMeta(id).fields.meetingDate;
    if (values.json) { out(JSON.stringify({ ...board, meetingDate: typeof meeting === 'string' ? meeting : null }, null, 2)); return 0; }
    for (const line of boardLines(board, typeof meeting === 'string' ? meeting : null)) out(line);
    return 0;
  },
};

export function returnLine(o: ReturnOutcome): string {
  switch (o.status) {
    case 'imported': {
      const lost = o.unanchored.length ? `\t${o.unanchored.length} không gắn được / not anchored` : '';
      return `imported\t${o.returnId}\t${o.file}\t${o.ministry?.nameVi ?? '-'}\t${o.comments} góp ý / comments\t${o.changes} thay đổi / changes${lost}`;
    }
    case 'duplicate': return `duplicate\t${o.returnId}\t${o.file}`;
    case 'error': return `error\t${o.code}\t${o.file}\t${o.message.vi} / ${o.message.en}${o.message.detail ? `\t(${o.message.detail})` : ''}`;
  }
}

export const commentsCommand: Command = {
  summary: 'Import drafts returned with Word comments and tracked changes onto the draft (by author and ministry)',
  usage: 'comments import ID FILE… [--from MINISTRY] [--json]',
  options: { from: { type: 'string' } },
  async run({ services, values, positionals, out }) {
    const [verb, id, ...paths] = positionals;
    if (verb !== 'import' || !id || paths.length === 0) throw errors.invalidArgument('comments import ID FILE…');
    const from = typeof values.from === 'string' ? values.from : undefined;
    if (from) services.inbox.resolveMinistry(id, from);
    const outcomes = await services.inbox.importReturns(id, paths.map((path) => ({ path, ...(from ? { ministry: from } : {}) })));
    if (values.json) { out(JSON.stringify(outcomes, null, 2)); return outcomes.some((o) => o.status === 'error') ? 1 : 0; }
    for (const o of outcomes) {
      out(returnLine(o));
      if (o.status === 'imported') for (const u of o.unanchored) out(`  ! ${u.kind}\t${u.author}\t${u.text}\t(${u.context || '-'})`);
    }
    return outcomes.some((o) => o.status === 'error') ? 1 : 0;
  },
};
