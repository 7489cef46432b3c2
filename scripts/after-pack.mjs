// electron-builder afterPack hook (electron-builder.yml → afterPack): flips Electron's fuses in the packed
// binary, before electron-builder signs it. What each fuse closes (see docs/security-checklist.md):
// - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed app into a general Node interpreter;
// - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS cannot inject code (--require) at start;
// - EnableNodeCliInspectArguments off: --inspect cannot attach a debugger to the main process;
// - EnableEmbeddedAsarIntegrityValidation on + OnlyLoadAppFromAsar on: only the shipped, hashed
//   app.asar runs (no app/ folder beside it, no edited archive) — macOS and Windows validate the hash;
// - GrantFileProtocolExtraPrivileges off: the renderer is served from app://, so file:// pages get no
//   extra powers;
// - EnableCookieEncryption on: cookies at rest are encrypted with the OS keychain;
// - LoadBrowserProcessSpecificV8Snapshot off: the default.
// Tested against a stand-in binary in electron/packaging.test.ts.
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { join } from 'node:path';

export const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packed Electron executable electron-builder produced for this platform. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  // An arm64 macOS binary must be re-signed ad hoc after its bytes change, or it will not start.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3; // Arch.arm64
  await flipFuses(binary, { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature, ...FUSES });
  console.log(`[after-pack] fuses set in ${binary}`);
}
