// Paths the renderer may hand to the main process. In the desktop app a path to import from or export
// to must come from the user: a native file dialog, or a file dropped on the window. So a renderer
// that was tricked into running foreign script still cannot read or overwrite arbitrary files.
import { isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '../shared/errors.ts';
import type { DialogPort } from '../services/ports.ts';

export interface PathGrants {
  /** Grants a path the user chose (a file, or a folder and everything below it). */
  grant(paths: readonly string[]): void;
  allows(path: string): boolean;
}

export function createPathGrants(): PathGrants {
  const roots = new Set<string>();
  return {
    grant(paths) {
      for (const path of paths) if (path) roots.add(resolve(path));
    },
    allows(path) {
      const target = resolve(path);
      for (const root of roots) {
        const rel = relative(root, target);
        if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return true;
      }
      return false;
    },
  };
}

function notChosen(path: string): AppError {
  return new AppError('path-not-chosen', {
    vi: `Đường dẫn ${path} không do bạn chọn qua hộp thoại hay kéo thả, nên ứng dụng không dùng nó. Hãy chọn lại tệp.`,
    en: `The path ${path} was not chosen by you through a dialog or a drop, so the app will not use it. Choose the file again.`,
  });
}

/** The paths a channel's argument names, if the channel reads or writes files. */
function pathsOf(channel: string, arg: unknown): string[] {
  const value = (arg ?? {}) as { paths?: unknown; path?: unknown };
  if (channel === 'import:start' && Array.isArray(value.paths)) return value.paths.filter((p): p is string => typeof p === 'string');
  if ((channel === 'export:docx' || channel === 'export:pdf' || channel === 'shell:showInFolder') && typeof value.path === 'string') return [value.path];
  // ship (issue 13)
  if ((channel === 'archive:export' || channel === 'archive:inspect' || channel === 'archive:import' || channel === 'backup:setFolder') && typeof value.path === 'string') return [value.path];
  // inbox (issue 14): contribution files read, letters written, commented returns read
  if ((channel === 'inbox:inspect' || channel === 'comments:import') && Array.isArray(value.paths)) return value.paths.filter((p): p is string => typeof p === 'string');
  if (channel === 'inbox:add' && Array.isArray((value as { files?: unknown }).files)) {
    return ((value as { files: unknown[] }).files).map((f) => (f as { path?: unknown } | null)?.path).filter((p): p is string => typeof p === 'string');
  }
  if (channel === 'inbox:letter' && typeof value.path === 'string') return [value.path];
  return [];
}

/** An error if the call names a path the user did not choose; null if it may go on. */
export function pathRefusal(grants: PathGrants, channel: string, arg: unknown): AppError | null {
  const refused = pathsOf(channel, arg).find((path) => !grants.allows(path));
  return refused === undefined ? null : notChosen(refused);
}

/** The dialogs, with every path the user picks granted. */
export function grantingDialogs(dialogs: DialogPort, grants: PathGrants): DialogPort {
  return {
    async pickImport(mode) {
      const paths = await dialogs.pickImport(mode);
      if (paths) grants.grant(paths);
      return paths;
    },
    async pickExport(defaultName, ext) {
      const path = await dialogs.pickExport(defaultName, ext);
      if (path) grants.grant([path]);
      return path;
    },
    confirm: (message, detail) => dialogs.confirm(message, detail),
  };
}
