import type { HandlerFactory } from './types.ts';

export const exportHandlers: HandlerFactory<'export'> = (services) => ({
  'export:settings': ({ reviewId }) => services.export.settingsFor(reviewId),
  'export:docx': ({ reviewId, settings, path }) => services.export.docx(reviewId, settings, path),
  'export:pdf': ({ reviewId, settings, path }) => services.export.pdf(reviewId, settings, path),
});
