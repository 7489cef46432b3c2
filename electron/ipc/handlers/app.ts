import type { HandlerFactory } from './types.ts';

export const appHandlers: HandlerFactory<'app'> = ({ options }) => ({
  'app:info': () => ({
    version: options.appVersion ?? '0.0.0',
    dataDir: options.dataDir,
    mode: options.mode === 'electron' ? 'electron' : 'browser',
    frontEnd: options.frontEnd ?? (options.mode === 'browser' ? 'test-bridge' : options.mode),
  }),
});

export const settingsHandlers: HandlerFactory<'settings'> = ({ settings }) => ({
  'settings:get': () => settings.get(),
  'settings:set': (patch) => settings.set(patch),
});

export const dialogHandlers: HandlerFactory<'dialog'> = ({ dialogs }) => ({
  'dialog:pickImport': ({ mode }) => dialogs.pickImport(mode),
  'dialog:pickExport': ({ defaultName, ext }) => dialogs.pickExport(defaultName, ext),
  'dialog:confirm': ({ message, detail }) => dialogs.confirm(message, detail),
});

export const shellHandlers: HandlerFactory<'shell'> = ({ shell }) => ({
  'shell:openExternal': ({ url }) => shell.openExternal(url),
  'shell:showInFolder': ({ path }) => shell.showInFolder(path),
});

// Chromium app (issue 8): picked files in, exports out, as base64.
export const filesHandlers: HandlerFactory<'files'> = ({ files }) => ({
  'files:stage': async ({ batch, path, data }) => ({ path: await files.stage(batch, path, Buffer.from(data, 'base64')) }),
  'files:take': async ({ path }) => {
    const taken = await files.take(path);
    return { name: taken.name, data: taken.bytes.toString('base64') };
  },
});
