// What can be checked of packaging without Electron's binary: package.json and electron-builder.yml
// against electron-builder's own schema and the rules the installers need, the fuse hook run on a
// stand-in binary (a file with Electron's fuse wire), the icons, and the self-contained bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules, createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from './test/temp.ts';
import { bundleOptions } from '../scripts/bundle-options.ts';
import { probeElectron } from '../e2e/mode.ts';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, unknown> | undefined> & { homepage?: string; author?: { email?: string } };

type BuilderConfig = Record<string, unknown> & {
  electronVersion: string; files: { filter: string[] }[] | string[]; afterPack: string; asar: boolean; appId: string; productName: string;
  win: { target: { target: string; arch: string[] }[]; icon: string };
  nsis: Record<string, unknown> & { installerLanguages: string[] };
  mac: { target: { target: string; arch: string[] }[]; icon: string };
  linux: { target: { target: string }[]; maintainer: string; icon: string };
  fileAssociations: { ext: string }[];
};

async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, path: string | null, options: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false)); // throws on anything the schema refuses
  return config;
}

test('electron is a devDependency only (never packed as production), its install script is not run, and the versions agree', async () => {
  assert.ok(pkg.devDependencies?.electron, 'electron in devDependencies');
  assert.equal(pkg.dependencies?.electron, undefined);
  assert.equal(pkg.optionalDependencies?.electron, undefined);
  // npm install stays offline-safe: npm does not run Electron's download script (npm start fetches it).
  assert.equal(pkg.allowScripts?.electron, false);
  assert.ok(pkg.devDependencies?.['@electron/fuses'], '@electron/fuses is a direct devDependency of the hook');
  const config = await builderConfig();
  const installed = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  assert.equal(config.electronVersion, installed);
  assert.equal(String(pkg.devDependencies.electron).replace(/^\^/, ''), installed);
  // A supported major (Electron supports the latest three; 41 left support in August 2026).
  assert.ok(Number(installed.split('.')[0]) >= 43, installed);
});

test('electron-builder.yml passes electron-builder\'s schema and describes the installers the ministry needs', async () => {
  const config = await builderConfig();
  assert.equal(config.appId, 'vn.gov.mofa.reviewdesk');
  assert.equal(config.productName, 'Review Desk');
  assert.equal(config.asar, true);
  const files = config.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
  assert.ok(files.includes('!node_modules/**'), 'no node_modules in the app: the bundles are self-contained');
  assert.equal(config.afterPack, './scripts/after-pack.mjs');
  // Windows: per-user NSIS without admin rights, and a portable build.
  assert.deepEqual(config.win.target.map((t) => t.target), ['nsis', 'portable']);
  assert.equal(config.nsis.perMachine, false);
  assert.equal(config.nsis.oneClick, false);
  assert.equal(config.nsis.allowElevation, false);
  assert.deepEqual(config.nsis.installerLanguages, ['vi_VN', 'en_US']);
  // macOS: dmg for Intel and Apple silicon.
  assert.deepEqual(config.mac.target, [{ target: 'dmg', arch: ['x64', 'arm64'] }]);
  // Linux: AppImage and deb; deb needs a maintainer and a homepage.
  assert.deepEqual(config.linux.target.map((t) => t.target), ['AppImage', 'deb']);
  assert.match(config.linux.maintainer, /<[^>]+@[^>]+>/);
  assert.match(String(pkg.homepage), /^https:\/\//);
  assert.match(String(pkg.author?.email), /@/);
  assert.deepEqual(config.fileAssociations.map((f) => f.ext), ['rdlib']);
  // Icons exist and are what they claim.
  const png = readFileSync(join(ROOT, config.mac.icon));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), 1024);
  const ico = readFileSync(join(ROOT, config.win.icon));
  assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1]);
  assert.ok(ico.readUInt16LE(4) >= 5, 'several sizes in the .ico');
  for (const size of [16, 32, 48, 256, 512]) assert.ok(existsSync(join(ROOT, config.linux.icon, `${size}x${size}.png`)), `${size}px`);
});

test('the afterPack hook flips every fuse in the packed binary as the checklist says', async (t) => {
  const { getCurrentFuseWire, FuseV1Options } = await import('@electron/fuses');
  // From @electron/fuses' constants (not exported from its entry point): the marker before the wire,
  // and the ASCII states of a fuse.
  const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const FuseState = { DISABLE: 48, ENABLE: 49 } as const;
  const hook = await import('../scripts/after-pack.mjs');
  for (const platform of ['linux', 'win32'] as const) {
    const appOutDir = tempDir(t);
    const context = { appOutDir, electronPlatformName: platform, arch: 1, packager: { executableName: 'review-desk', appInfo: { productFilename: 'Review Desk' } } };
    const binary = hook.electronBinaryPath(context);
    assert.equal(binary, join(appOutDir, platform === 'win32' ? 'Review Desk.exe' : 'review-desk'));
    // A stand-in executable: bytes around Electron's fuse wire (version 1, 8 fuses, all "1" as shipped).
    writeFileSync(binary, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(sentinel), Buffer.from([1, 8]), Buffer.from('11111111'), Buffer.alloc(4096, 9)]));
    await hook.default(context);
    const wire = await getCurrentFuseWire(binary) as unknown as Record<number, number>;
    const on = FuseState.ENABLE, off = FuseState.DISABLE;
    assert.equal(wire[FuseV1Options.RunAsNode], off);
    assert.equal(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], off);
    assert.equal(wire[FuseV1Options.EnableNodeCliInspectArguments], off);
    assert.equal(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], on);
    assert.equal(wire[FuseV1Options.OnlyLoadAppFromAsar], on);
    assert.equal(wire[FuseV1Options.GrantFileProtocolExtraPrivileges], off);
    assert.equal(wire[FuseV1Options.EnableCookieEncryption], on);
  }
  // An Electron with more fuses than the hook knows is refused (strictlyRequireAllFuses), not half-set.
  const appOutDir = tempDir(t);
  const context = { appOutDir, electronPlatformName: 'linux', arch: 1, packager: { executableName: 'review-desk', appInfo: { productFilename: 'Review Desk' } } };
  writeFileSync(join(appOutDir, 'review-desk'), Buffer.concat([Buffer.from(sentinel), Buffer.from([1, 9]), Buffer.from('111111111')]));
  await assert.rejects(hook.default(context), /strictlyRequireAllFuses|not long enough|Missing explicit/);
});

test('the main bundle is self-contained: it requires nothing but Node built-ins and electron', async (t) => {
  const out = join(tempDir(t), 'main.cjs');
  const result = await build(bundleOptions('main', { outfile: out, sourcemap: false, metafile: true, logLevel: 'error' }));
  const external = new Set<string>();
  for (const input of Object.values(result.metafile!.inputs)) for (const i of input.imports) if (i.external) external.add(i.path);
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  // ws's optional native helpers, required inside try/catch: absent, ws uses its JavaScript fallback.
  const optional = new Set(['bufferutil', 'utf-8-validate']);
  const packages = [...external].filter((name) => !builtins.has(name) && name !== 'electron' && !optional.has(name) && !name.startsWith('node:'));
  assert.deepEqual(packages, []);
  // parse5 (ESM-only, the HTML reader) is inside, not required from node_modules.
  const bundled = Object.keys(result.metafile!.inputs);
  assert.ok(bundled.some((p) => p.includes('node_modules/parse5/')));
  assert.ok(bundled.some((p) => p.includes('node_modules/docx/')));
  assert.doesNotMatch(readFileSync(out, 'utf8'), /require\("(parse5|happy-dom|docx)"\)/);
});

test('the Electron probe finds the binary the way the electron package does, and never downloads it', (t) => {
  const dist = tempDir(t);
  assert.equal(probeElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist }).electronBinary, null);
  mkdirSync(dist, { recursive: true });
  copyFileSync(process.execPath, join(dist, 'electron'));
  assert.equal(probeElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist }).electronBinary, join(dist, 'electron'));
  const here = probeElectron({});
  // No binary on this machine: a reason that says so, and no path.txt written by a download attempt.
  if (!here.electronBinary) {
    assert.match(String(here.electronWhyNot), /never downloaded|not installed/);
    assert.ok(!existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt')));
  }
});

test('the CI workflow builds the three installers, runs electronegativity, the electron-mode e2e and the packaged smoke test', () => {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  const workflow = yaml.load(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    jobs: Record<string, { 'runs-on': string; strategy?: { matrix: { include: { os: string; platform: string }[] } }; steps: { run?: string; name?: string }[] }>;
  };
  const build = workflow.jobs.build!;
  assert.deepEqual(build.strategy!.matrix.include.map((m) => m.platform).sort(), ['linux', 'mac', 'win']);
  const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? '')).join('\n');
  for (const needle of ['npm run security', 'E2E_MODE=electron npm run test:e2e', 'electron-builder --${{ matrix.platform }}', 'scripts/smoke-packaged.ts', 'node node_modules/electron/install.js']) {
    assert.ok(runs.includes(needle), needle);
  }
  assert.ok(existsSync(join(ROOT, 'scripts', 'smoke-packaged.ts')));
});
