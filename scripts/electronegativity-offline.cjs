/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for node --require */
// Preloaded into electronegativity (node --require) so that it runs without a network: its only online
// lookups, Electron's releases list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) and updated translations,
// go through the `got` HTTP client, which this replaces with one that fails at once. The check then
// reports "no connectivity" and skips; the Electron version is checked by electron/packaging.test.ts.
const Module = require('node:module');
const load = Module._load;
const offline = () => Promise.reject(new Error('offline: network lookups are stubbed (scripts/electronegativity-offline.cjs)'));
const got = Object.assign(offline, { head: offline, get: offline, post: offline, stream: offline, extend: () => got });
Module._load = function (request, ...rest) {
  return request === 'got' ? got : load.call(this, request, ...rest);
};
