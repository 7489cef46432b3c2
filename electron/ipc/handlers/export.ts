import type { HandlerFactory } from './types.ts';

export const exportHandlers: HandlerFactory<'export'> = (services) => ({
  'export:settings': ({ reviewId }) => services.export.settingsFor(reviewId),
  'export:docx': ({ reviewId, settings, path, marks }) => services.export.docx(reviewId, settings, path, marks),
  'export:pdf': ({ reviewId, settings, path, marks }) => services.export.pdf(reviewId, settings, path, marks),
});
