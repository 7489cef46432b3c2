// drafting (issue 10): templates, new review, save as template, check, reference data.
import type { HandlerFactory } from './types.ts';
import { glossaryCheckFindings } from '../../tm/check-findings.ts';

export const draftingHandlers: HandlerFactory<'drafting'> = (services) => ({
  'drafting:templates': () => services.drafting.listTemplates(),
  'drafting:defaultBuildOn': ({ year, lang, kind }) => services.drafting.defaultBuildOn(year, lang, kind),
  'drafting:sameMeeting': ({ year, lang }) => {
    const same = services.drafting.sameMeetingFor(year, lang);
    return same ? { title: same.title, facts: [...same.values.keys()] } : null;
  },
  'drafting:newReview': (req) => services.drafting.newReview(req),
  'drafting:saveAsTemplate': ({ reviewId, name }) => services.drafting.saveAsTemplate(reviewId, name),
  'drafting:previewTemplate': ({ id, year }) => services.drafting.previewTemplate(id, year),
  'drafting:renameTemplate': ({ id, name }) => { services.drafting.renameTemplate(id, name); },
  'drafting:deleteTemplate': ({ id }) => ({ kept: services.drafting.deleteTemplate(id) }),
  'drafting:restoreTemplate': ({ kept }) => ({ file: services.drafting.restoreTemplate(kept) }),
  // The live editor's content when given (the panel checks what is on screen, saved or not).
  'drafting:check': ({ reviewId, content }) => {
    if (!content) return services.drafting.check(reviewId);
    return [
      ...services.drafting.checkContent(reviewId, content),
      // tm (issue 12): glossary findings on the same content
      ...glossaryCheckFindings(content, services.tm.check(reviewId, content)),
    ];
  },
});

export const referenceHandlers: HandlerFactory<'reference'> = (services) => ({
  'reference:list': () => services.drafting.reference(),
  'reference:set': ({ kind, key, field, value }) => services.drafting.setReference(kind, key, field, value),
  'reference:reset': ({ kind, key, field }) => services.drafting.resetReference(kind, key, field),
  'reference:forms': () => services.drafting.referenceForms(),
  'reference:removeEntry': ({ kind, key }) => services.drafting.removeReferenceEntry(kind, key),
  'reference:restore': ({ token }) => services.drafting.restoreReferenceEntry(token),
  'reference:setEntry': ({ kind, mode, key, values }) => services.drafting.setReferenceEntry(kind, mode, key, values),
});
