// Types of scripts/after-pack.mjs (electron-builder loads the .mjs; the packaging test imports it).
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName: string; appInfo: { productFilename: string } };
}
export declare const FUSES: Record<number, boolean>;
export declare function electronBinaryPath(context: AfterPackContext): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
