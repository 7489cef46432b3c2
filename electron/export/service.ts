// The export service: settings per review, .docx and .pdf written atomically beside the target.
import { extname } from 'node:path';
import type { Db } from '../store/db.ts';
import { selectExportSettings, selectLatestExportSettings, upsertExportSettings } from '../store/export-settings.ts';
import type { ExportResult, ExportSettings } from '../shared/export.ts';
import type { Review } from '../shared/review.ts';
import { exportDocx } from '../docx/build.ts';
import { trackMarks, type MarkExport } from '../docx/context.ts';
import { nowIso } from '../services/clock.ts';
import { writeFileAtomic, realFs, type WriteFs } from './atomic-write.ts';
import { exportErrors } from './errors.ts';
import { libreOfficeRenderer, pdfPageCount, type PdfRenderer } from './pdf.ts';
import { defaultExportSettings, profileFor, withDefaults } from './settings.ts';

export interface ExportServiceOptions {
  /** Another PDF renderer (e.g. Electron's print path); LibreOffice headless by default. */
  pdfRenderer?: PdfRenderer;
  fs?: WriteFs;
  now?: () => Date;
}

interface ReviewSource { get(id: string): Review }

/** What the user chose for pending roll-forward marks (reuse, issue 11). */
export type PendingMarksChoice = 'accept' | 'track';
/** The author of the tracked changes roll-forward made (Word shows it on each revision). */
export const MARK_AUTHOR = 'Review Desk (tự động cập nhật / roll-forward)';

export function createExportService(db: Db, reviews: ReviewSource, options: ExportServiceOptions = {}) {
  const io = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  let pdfRenderer = options.pdfRenderer ?? libreOfficeRenderer();

  function settingsFor(reviewId: string): ExportSettings {
    const review = reviews.get(reviewId);
    const defaults = defaultExportSettings(review, selectLatestExportSettings(db, profileFor(review)), now());
    const stored = selectExportSettings(db, reviewId);
    return stored ? withDefaults(stored, defaults) : defaults;
  }

  function requireExtension(path: string, ext: 'docx' | 'pdf'): void {
    if (extname(path).toLowerCase() !== `.${ext}`) throw exportErrors.badExtension(path, ext);
  }

  /** Remembered only after the file is written: a failed export leaves the library as it was. */
  function remember(reviewId: string, settings: ExportSettings): void {
    upsertExportSettings(db, reviewId, settings, nowIso());
  }

  /** Pending roll-forward marks (reuse): refused unless the user chose to accept them or track them. */
  function markExport(choice: PendingMarksChoice | undefined): MarkExport {
    if (choice === 'accept') return { mode: 'accept' };
    if (choice === 'track') return trackMarks(MARK_AUTHOR, now().toISOString().replace(/\.\d{3}Z$/, 'Z'));
    return { mode: 'refuse' };
  }

  async function docx(reviewId: string, settings: ExportSettings, path: string, marks?: PendingMarksChoice): Promise<ExportResult> {
    requireExtension(path, 'docx');
    const bytes = await exportDocx(reviews.get(reviewId), settings, markExport(marks));
    writeFileAtomic(path, bytes, io);
    remember(reviewId, settings);
    return { path, bytes: bytes.length };
  }

  async function pdf(reviewId: string, settings: ExportSettings, path: string, marks?: PendingMarksChoice): Promise<ExportResult> {
    requireExtension(path, 'pdf');
    // A PDF cannot carry revisions: pending marks print as accepted, and only when the user said so.
    const word = await exportDocx(reviews.get(reviewId), settings, markExport(marks === undefined ? undefined : 'accept'));
    const bytes = await pdfRenderer.render(word, settings.profile);
    writeFileAtomic(path, bytes, io);
    remember(reviewId, settings);
    return { path, bytes: bytes.length, pages: pdfPageCount(bytes) };
  }

  return {
    settingsFor,
    docx,
    pdf,
    /** The Electron main plugs its own renderer in here. */
    setPdfRenderer(renderer: PdfRenderer) { pdfRenderer = renderer; },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
