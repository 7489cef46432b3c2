// The export service: settings per review, .docx and .pdf written atomically beside the target.
import { extname } from 'node:path';
import type { Db } from '../store/db.ts';
import { selectExportSettings, selectLatestExportSettings, upsertExportSettings } from '../store/export-settings.ts';
import type { ExportResult, ExportSettings } from '../shared/export.ts';
import type { Review } from '../shared/review.ts';
import { exportDocx } from '../docx/build.ts';
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

  async function docx(reviewId: string, settings: ExportSettings, path: string): Promise<ExportResult> {
    requireExtension(path, 'docx');
    const bytes = await exportDocx(reviews.get(reviewId), settings);
    writeFileAtomic(path, bytes, io);
    remember(reviewId, settings);
    return { path, bytes: bytes.length };
  }

  async function pdf(reviewId: string, settings: ExportSettings, path: string): Promise<ExportResult> {
    requireExtension(path, 'pdf');
    const word = await exportDocx(reviews.get(reviewId), settings);
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
