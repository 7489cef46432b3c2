// The sample annual report for 2025 (data/sample-report/): written fresh from the template format and the
// facts of the 2025 article, built into the library once (like the sample articles), clearly labelled.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Services } from '../services/index.ts';
import { selectSetting, upsertSetting } from '../store/settings.ts';
import { nowIso } from '../services/clock.ts';
import { withTransaction } from '../store/db.ts';
import { parseTemplate } from './templates/format.ts';
import { buildDraft } from './new-draft.ts';
import { setSectionKey } from '../library/search/service.ts';
import { selectSections } from '../store/sections.ts';

export const SAMPLE_REPORT_SETTING_KEY = 'drafting.sampleReportCreated';
export const SAMPLE_REPORT_FILE = 'annual-report-2025.vi.md';

export function sampleReportPath(resourcesDir: string): string {
  return join(resourcesDir, 'data', 'sample-report', SAMPLE_REPORT_FILE);
}

/** Creates the sample report if this library never had it; returns its id, or null (already done / missing). */
export function createSampleReportOnce(services: Services): string | null {
  if (selectSetting(services.db, SAMPLE_REPORT_SETTING_KEY)) return null;
  const path = sampleReportPath(services.options.resourcesDir);
  if (!existsSync(path)) return null;
  const { template, problems } = parseTemplate(SAMPLE_REPORT_FILE, readFileSync(path, 'utf8'));
  if (!template || problems.length) throw new Error(`sample report: ${problems.map((p) => `${p.line}: ${p.reason.en}`).join('; ')}`);
  const draft = buildDraft({ template, reference: services.drafting.reference().data, year: 2025, lang: 'vi', kind: 'report', previous: null });
  return withTransaction(services.db, () => {
    const meta = services.reviews.create({
      title: draft.title, year: 2025, lang: 'vi', kind: 'report', status: 'final',
      fields: { ...draft.fields, sample: true, source: 'Review Desk — bản mẫu / sample', meetingDate: '2025-12-09', chairName: 'Đặng Hoàng Giang', chairTitle: 'Thứ trưởng Bộ Ngoại giao' },
      content: draft.content,
    }, 'import');
    const detected = selectSections(services.db, meta.id);
    for (const mark of draft.sections) {
      const s = detected.find((d) => d.blockStart === mark.blockIndex);
      if (s && s.key !== mark.key) setSectionKey(services.db, meta.id, s.ordinal, mark.key);
    }
    upsertSetting(services.db, SAMPLE_REPORT_SETTING_KEY, { at: nowIso(), id: meta.id });
    return meta.id;
  });
}
