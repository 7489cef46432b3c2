// Lint, and the layer rules the architecture depends on:
// - the renderer never imports Node or Electron, and takes only types from the main side (electron/shared
//   holds pure modules with no imports of their own, which both sides may use);
// - services never import Electron or the DOM; only main.ts, preload.ts and electron-dialogs.ts touch Electron.
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'module', 'worker_threads', 'sqlite'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/results/**', '.ci/.node/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer reaches the main process only through renderer/src/api.' }],
        patterns: [
          { group: NODE_BUILTINS, message: 'The renderer never imports Node.' },
          {
            group: ['**/electron/*', '**/electron/**', '!**/electron/shared', '!**/electron/shared/**'],
            allowTypeImports: true,
            message: 'The renderer may import only types from the main side (or pure modules from electron/shared).',
          },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/electron-*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Services run in plain Node: only main.ts, preload.ts and electron-*.ts use Electron.' }],
        patterns: [{ group: ['react', 'react-dom', 'lexical', '@lexical/*', '**/renderer/**'], message: 'The main side never imports the renderer or the DOM.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    // The crash test's typist runs the renderer's pure save loop (autosaver.ts, changeDebounce.ts) in Node.
    files: ['electron/test/burst-typist.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Services run in plain Node.' }],
        patterns: [{ group: ['react', 'react-dom', 'lexical', '@lexical/*'], message: 'Only the pure save loop of the renderer.' }],
      }],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!\\.\\.?/)', message: 'electron/shared is imported by both sides: no package or Node imports, only its own files.' }],
      }],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '**/*.test.ts', 'electron/main.ts', 'electron/preload.ts', 'electron/electron-*.ts', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
