// The drafting service: templates, reference data, new reviews from last year's, save as template, check.
// Plain Node over the library; the CLI, the IPC handlers and tests use the same object.
import type { Db } from '../store/db.ts';
import { withTransaction } from '../store/db.ts';
import type { ReviewsService } from '../services/reviews.ts';
import type { Lang, Review, ReviewKind, ReviewMeta } from '../shared/review.ts';
import { AppError } from '../shared/errors.ts';
import { selectSections } from '../store/sections.ts';
import { selectLiveMetasOfYear } from '../store/library-choices.ts';
import { setSectionKey } from '../library/search/service.ts';
import { detectSections } from '../library/sections/detect.ts';
import { loadReference, removeUserEntry, resetReferenceValue, restoreReferenceEdits, setReferenceEntry, setReferenceValue } from './reference/load.ts';
import type { ReferenceEdit } from './reference/schema.ts';
import type { EntryMode } from './reference/entry.ts';
import { referenceForms } from './reference/fields.ts';
import type { Reference } from './reference/build.ts';
import { loadTemplates, writeUserTemplate, type TemplateSet } from './templates/load.ts';
import type { Template } from './templates/format.ts';
import { reviewToTemplate } from './templates/save-as.ts';
import { deleteUserTemplate, renameUserTemplate, restoreUserTemplate } from './templates/manage.ts';
import type { DocState } from '../shared/doc.ts';
import { buildDraft, meetingFactsOf, type PreviousForDraft } from './new-draft.ts';
import type { SameMeeting } from './fields/resolve.ts';
import type { TranslateLookup } from './carry/translate.ts';
import { runChecks, type Finding } from './check/index.ts';
import { draftingErrors } from './errors.ts';
import type { NewReviewResult, TemplateInfo } from './types.ts';

export type { NewReviewResult, TemplateInfo } from './types.ts';

export interface NewReviewRequest {
  year: number;
  lang: Lang;
  kind: ReviewKind;
  /** Template id; default: the first template of that kind and language. */
  template?: string;
  /** A review id, 'auto' (same kind and language, the year before), or 'none'. */
  from?: string;
}

export function templateInfo(t: Template): TemplateInfo {
  return { id: t.meta.id, name: t.meta.name, kind: t.meta.kind, lang: t.meta.lang, file: t.file, origin: t.origin, description: t.meta.description ?? '', fields: t.fieldNames };
}

export interface DraftingDeps {
  db: Db; reviews: ReviewsService; resourcesDir: string; dataDir: string;
  /** The translation memory's translation of a sentence (carry-forward into the other language). */
  translate?: TranslateLookup;
}

export function createDraftingService(deps: DraftingDeps) {
  const { db, reviews } = deps;

  const templates = (): TemplateSet => loadTemplates({ resourcesDir: deps.resourcesDir, dataDir: deps.dataDir });
  const reference = (): Reference => loadReference({ resourcesDir: deps.resourcesDir, db });

  function pickTemplate(set: TemplateSet, req: NewReviewRequest): Template {
    if (req.template) {
      const t = set.templates.find((x) => x.meta.id === req.template || x.file === req.template || x.file === `${req.template}.md`);
      if (!t) {
        const broken = set.problems.find((p) => p.file === req.template || p.file === `${req.template}.md`);
        throw broken ? draftingErrors.templateBroken(broken.file, broken.line, broken.reason) : draftingErrors.templateNotFound(req.template);
      }
      return t;
    }
    const t = set.templates.find((x) => x.meta.kind === req.kind && x.meta.lang === req.lang)
      ?? set.templates.find((x) => x.meta.kind === req.kind);
    if (!t) throw draftingErrors.noTemplateFor(req.kind, req.lang);
    return t;
  }

  /** The review a new one builds on by default: same kind and language, the year before (latest updated). */
  function defaultBuildOn(year: number, lang: Lang, kind: ReviewKind): ReviewMeta | null {
    // library (issue 15): last year's reviews in this language only, not every review's metadata
    const all = selectLiveMetasOfYear(db, year - 1, lang);
    const same = all.filter((r) => r.lang === lang && r.kind === kind && r.year === year - 1);
    const pick = (list: ReviewMeta[]) => list.sort((a, b) => (Number(b.status === 'final') - Number(a.status === 'final')) || b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
    return pick(same)
      // A press article of last year's meeting serves a report when no report of last year exists (and the other way).
      ?? pick(all.filter((r) => r.lang === lang && r.year === year - 1 && ['report', 'press'].includes(r.kind) && ['report', 'press'].includes(kind)));
  }

  /** This year's meeting as another document of it tells it (not a sample): the same language first,
   *  then the other, the most recently edited that holds a meeting fact. */
  function sameMeetingFor(year: number, lang: Lang, exceptId?: string): SameMeeting | null {
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    for (const meta of [...selectLiveMetasOfYear(db, year, lang), ...selectLiveMetasOfYear(db, year, other)]) {
      if (meta.fields.sample === true || meta.id === exceptId) continue;
      const facts = factsOf(meta);
      if (facts.values.size > 0) return facts;
    }
    return null;
  }

  /** A review's meeting facts, read from its content once per saved version: the check panel asks for
   *  them after every pause in typing, and parsing a 200-page report each time would cost ~30 ms. */
  const factsCache = new Map<string, { updatedAt: string; facts: SameMeeting }>();
  function factsOf(meta: ReviewMeta): SameMeeting {
    const cached = factsCache.get(meta.id);
    if (cached?.updatedAt === meta.updatedAt) return cached.facts;
    const facts = meetingFactsOf(reviews.get(meta.id));
    factsCache.set(meta.id, { updatedAt: meta.updatedAt, facts });
    return facts;
  }

  function previousFor(id: string): PreviousForDraft {
    const prev = reviews.get(id);
    let sections: PreviousForDraft['sections'] = selectSections(db, id);
    if (sections.length === 0) sections = detectSections(prev.content, prev.year);
    return { id: prev.id, year: prev.year, lang: prev.lang, fields: prev.fields, title: prev.title, content: prev.content, sections };
  }

  function newReview(req: NewReviewRequest): NewReviewResult {
    if (!Number.isInteger(req.year) || req.year < 1967 || req.year > 2200) throw draftingErrors.badYear(String(req.year));
    const set = templates();
    const template = pickTemplate(set, req);
    const ref = reference();
    let builtOn: ReviewMeta | null = null;
    const from = req.from ?? 'auto';
    if (from === 'auto') builtOn = defaultBuildOn(req.year, req.lang, req.kind);
    else if (from !== 'none') builtOn = reviews.getMeta(from);
    if (builtOn?.deletedAt) throw draftingErrors.buildOnTrashed(builtOn.title);
    const draft = buildDraft({
      template, reference: ref.data, year: req.year, lang: req.lang, kind: req.kind, previous: builtOn ? previousFor(builtOn.id) : null,
      translate: deps.translate ?? null, sameMeeting: sameMeetingFor(req.year, req.lang),
    });
    const review = withTransaction(db, () => {
      const meta = reviews.create({ title: draft.title, year: draft.year, lang: draft.lang, kind: draft.kind, fields: draft.fields, content: draft.content });
      applyTemplateSections(meta.id, draft.sections);
      return meta;
    });
    const empty: string[] = [];
    const unconfirmed: string[] = [];
    for (const name of template.fieldNames) {
      const v = draft.values.get(name);
      if (!v || v.value === '') empty.push(name);
      else if (!v.confirmed) unconfirmed.push(name);
    }
    return { review, template: template.meta.id, builtOn, carried: draft.carried, untranslated: draft.untranslated, empty, unconfirmed };
  }

  /** The template's "{#key}" marks win over detection: they are stored as the user's corrections. */
  function applyTemplateSections(reviewId: string, marks: readonly { blockIndex: number; key: string }[]): void {
    const detected = selectSections(db, reviewId);
    for (const mark of marks) {
      const section = detected.find((s) => s.blockStart === mark.blockIndex);
      if (section && section.key !== mark.key) setSectionKey(db, reviewId, section.ordinal, mark.key as typeof section.key);
    }
  }

  function saveAsTemplate(reviewId: string, name: string): TemplateInfo {
    const review = reviews.get(reviewId);
    const clean = name.normalize('NFC').trim();
    if (!clean) throw draftingErrors.templateNameEmpty();
    const slug = clean.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'template';
    const existing = templates().templates.map((t) => t.meta.id);
    let id = `user.${slug}.${review.lang}`;
    for (let n = 2; existing.includes(id); n++) id = `user.${slug}-${n}.${review.lang}`;
    const starts = new Map(selectSections(db, reviewId).map((s) => [s.blockStart, s.key] as const));
    const f = review.fields;
    const str = (k: string) => (typeof f[k] === 'string' && f[k] !== '' ? (f[k] as string) : undefined);
    const lines = (k: string) => str(k)?.split('\n').filter(Boolean);
    const preset = Object.fromEntries(Object.entries({
      parentAgency: str('parentAgency'), agency: str('agency'), numberPattern: str('docNumberPattern'), place: str('docPlace'),
      addressees: lines('addressees'), distribution: lines('distribution'), signingAuthority: lines('signingAuthority'),
    }).filter(([, v]) => v !== undefined));
    const text = reviewToTemplate({ id, name: clean, kind: review.kind, lang: review.lang, title: review.title, year: review.year, content: review.content, sectionStarts: starts, exportPreset: preset });
    const file = writeUserTemplate(deps.dataDir, id, text);
    const saved = templates().templates.find((t) => t.file === file && t.origin === 'user');
    if (!saved) {
      const problem = templates().problems.find((p) => p.file === file);
      throw draftingErrors.templateBroken(file, problem?.line ?? null, problem?.reason ?? { vi: 'không đọc lại được', en: 'could not be read back' });
    }
    return templateInfo(saved);
  }

  /** The draft a template makes for `year` from the reference data alone (the Templates screen's preview). */
  function previewTemplate(id: string, year: number): { title: string; content: DocState } {
    const set = templates();
    const template = pickTemplate(set, { year, lang: 'vi', kind: 'report', template: id });
    const draft = buildDraft({ template, reference: reference().data, year, lang: template.meta.lang, kind: template.meta.kind, previous: null, translate: null });
    return { title: draft.title, content: draft.content };
  }

  // Entries removed this session, by token, for Undo: what was stored is written back as it was, and only
  // what the main side itself took out (the renderer never sends values to store unchecked).
  const removedEntries = new Map<string, ReferenceEdit[]>();
  let removals = 0;
  function removeReferenceEntry(kind: string, key: string): { token: string } {
    const token = `${kind}:${key}:${++removals}`;
    removedEntries.set(token, removeUserEntry(db, deps.resourcesDir, kind, key));
    return { token };
  }
  function restoreReferenceEntry(token: string): boolean {
    const edits = removedEntries.get(token);
    if (!edits) return false;
    restoreReferenceEdits(db, edits);
    removedEntries.delete(token);
    return true;
  }

  /** The drafting checks of a review, on its stored content or on `content` (the live editor's). */
  function check(reviewId: string, content?: DocState): Finding[] {
    const review = content ? reviews.getMeta(reviewId) : reviews.get(reviewId);
    const sameMeeting = review.fields.sample === true ? null : sameMeetingFor(review.year, review.lang, review.id);
    return runChecks({ review, content: content ?? (review as Review).content, reference: reference().data, sameMeeting });
  }

  return {
    templates,
    listTemplates: () => { const set = templates(); return { templates: set.templates.map(templateInfo), problems: set.problems }; },
    reference,
    setReference: (kind: string, key: string, field: string, value: string) => setReferenceValue(db, deps.resourcesDir, kind, key, field, value),
    resetReference: (kind: string, key: string, field: string) => resetReferenceValue(db, kind, key, field),
    // reference data screen: whole-entry form
    referenceForms,
    setReferenceEntry: (kind: string, mode: EntryMode, key: string, values: Readonly<Record<string, string>>) => setReferenceEntry(db, deps.resourcesDir, kind, mode, key, values),
    removeReferenceEntry,
    restoreReferenceEntry,
    defaultBuildOn,
    sameMeetingFor,
    newReview,
    saveAsTemplate,
    // templates screen: preview, and the user's own templates
    previewTemplate,
    renameTemplate: (id: string, name: string) => renameUserTemplate(deps.dataDir, templates(), id, name),
    deleteTemplate: (id: string) => deleteUserTemplate(deps.dataDir, templates(), id),
    restoreTemplate: (kept: string) => restoreUserTemplate(deps.dataDir, kept),
    check,
    /** check() on the live editor's content: the services' check adds the glossary's to the stored one. */
    checkContent: (reviewId: string, content: DocState) => check(reviewId, content),
  };
}

export type DraftingService = ReturnType<typeof createDraftingService>;
export { AppError };
