// The LibreOffice renderer's handling of a LibreOffice that dies or refuses, with stand-in soffice
// programs (shell scripts that take the same arguments): a crash is tried once more with a new
// profile, two crashes and a refusal are clear messages, and the user never reads a stack dump.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libreOfficeRenderer, sofficeCrashed, sofficeMessage } from './pdf.ts';
import { AppError } from '../shared/errors.ts';

const CRASH_REPORT = 'Warning: failed to launch javaldx - java may not function correctly\\nUnspecified Application Error\\n\\nFatal exception: Signal 6\\nStack:\\n/usr/lib/libreoffice/program/libuno_sal.so.3(+0x37722)[0x7f1c567c4722]';

/** A stand-in soffice: crashes (SIGABRT, LibreOffice's crash report on stderr) its first `crashes`
 *  runs, then writes a PDF into --outdir; it records each run's profile in `runs`. */
function fakeSoffice(dir: string, crashes: number, refuse = false, silent = false, hang = false): { path: string; runs: string } {
  const path = join(dir, 'soffice');
  const runs = join(dir, 'runs');
  writeFileSync(runs, '');
  writeFileSync(path, `#!/bin/sh
outdir=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && outdir="$a"; prev="$a"; done
echo "$1" >> '${runs}'
n=$(wc -l < '${runs}')
if [ "$n" -le ${crashes} ]; then printf '${CRASH_REPORT}\\n' >&2; kill -ABRT $$; fi
if [ ${refuse ? 1 : 0} -eq 1 ]; then echo "Error: source file could not be loaded" >&2; exit 1; fi
if [ ${silent ? 1 : 0} -eq 1 ]; then exit 0; fi
if [ ${hang ? 1 : 0} -eq 1 ]; then exec sleep 30; fi
printf '%%PDF-1.4 stand-in' > "$outdir/export.pdf"
`);
  chmodSync(path, 0o755);
  return { path, runs };
}

const skip = process.platform === 'win32' ? 'the stand-in soffice is a shell script' : false;

test('a LibreOffice that crashes while starting is tried once more with a new profile, and the PDF comes back', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rd-pdf-test-'));
  try {
    const soffice = fakeSoffice(dir, 1);
    const pdf = await libreOfficeRenderer(soffice.path).render(new Uint8Array([1, 2, 3]), 'decree30');
    assert.equal(Buffer.from(pdf).toString('latin1'), '%PDF-1.4 stand-in');
    const profiles = readFileSync(soffice.runs, 'utf8').trim().split('\n');
    assert.equal(profiles.length, 2);
    assert.notEqual(profiles[0], profiles[1], 'the second try starts from a profile of its own');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two crashes in a row: a short message that says what to do, and no stack dump', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rd-pdf-test-'));
  try {
    const soffice = fakeSoffice(dir, 5);
    const error = await libreOfficeRenderer(soffice.path).render(new Uint8Array([1]), 'decree30').then(() => null, (e: unknown) => e);
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'export-pdf-failed');
    assert.match(error.userMessage.vi, /LibreOffice dừng đột ngột hai lần liên tiếp/);
    assert.match(error.userMessage.en, /LibreOffice stopped unexpectedly twice in a row/);
    for (const text of [error.userMessage.vi, error.userMessage.en]) assert.doesNotMatch(text, /Stack|libuno|0x7f|javaldx/);
    assert.equal(readFileSync(soffice.runs, 'utf8').trim().split('\n').length, 2, 'tried twice, not more');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a refusal is not retried: its own last line is the message, without the Java warning', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rd-pdf-test-'));
  try {
    const soffice = fakeSoffice(dir, 0, true);
    const error = await libreOfficeRenderer(soffice.path).render(new Uint8Array([1]), 'decree30').then(() => null, (e: unknown) => e);
    assert.ok(error instanceof AppError);
    assert.equal(error.userMessage.en, 'Could not convert to PDF: Error: source file could not be loaded. The draft and any earlier export are unchanged.');
    assert.equal(readFileSync(soffice.runs, 'utf8').trim().split('\n').length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('LibreOffice ends well but writes no PDF: said in each language, in the words of that language', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rd-pdf-test-'));
  try {
    const soffice = fakeSoffice(dir, 0, false, true);
    const error = await libreOfficeRenderer(soffice.path).render(new Uint8Array([1]), 'decree30').then(() => null, (e: unknown) => e);
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'export-pdf-failed');
    assert.match(error.userMessage.vi, /LibreOffice kết thúc mà không tạo ra tệp PDF/);
    assert.match(error.userMessage.en, /LibreOffice finished without writing a PDF/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a LibreOffice that does not finish in time is stopped once, not tried again, and the message says so', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rd-pdf-test-'));
  try {
    const soffice = fakeSoffice(dir, 0, false, false, true);
    const error = await libreOfficeRenderer(soffice.path, 1_000).render(new Uint8Array([1]), 'decree30').then(() => null, (e: unknown) => e);
    assert.ok(error instanceof AppError);
    assert.match(error.userMessage.vi, /LibreOffice chưa xong sau 1 giây nên đã bị dừng/);
    assert.match(error.userMessage.en, /LibreOffice had not finished after 1 seconds and was stopped/);
    assert.equal(readFileSync(soffice.runs, 'utf8').trim().split('\n').length, 1, 'a timeout is not a crash: no second try');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('what counts as a crash, and what the user is shown of LibreOffice\'s output', () => {
  assert.equal(sofficeCrashed({ signal: 'SIGSEGV', stderr: '' }), true);
  assert.equal(sofficeCrashed({ signal: null, stderr: 'Fatal exception: Signal 11\nStack:' }), true);
  assert.equal(sofficeCrashed({ signal: null, stderr: 'Error: source file could not be loaded' }), false);
  assert.equal(sofficeCrashed({ signal: 'SIGTERM', killed: true, stderr: '' }), false, 'our own timeout');
  assert.equal(sofficeMessage({ stderr: 'Warning: failed to launch javaldx - java may not function correctly\nError: no export filter\n' }), 'Error: no export filter');
  assert.equal(sofficeMessage(Object.assign(new Error('spawn EACCES'), { stderr: '' })), 'spawn EACCES');
  assert.equal(sofficeMessage({ stderr: 'x'.repeat(400) }).length, 301);
});
