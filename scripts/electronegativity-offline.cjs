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

// Its CSV report is written by two fs.writeFile calls that race: the header (flag 'w') and the findings
// (flag 'a'), neither waiting for the other. When the header landed second, it overwrote the start of the
// findings ("ailed to parse CSP…" in one CI run) and the report could not be read. Writes here are done
// at once, in the order they are asked for; the callback still comes later, as fs.writeFile's does.
const fs = require('node:fs');
fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let error = null;
  try { fs.writeFileSync(file, data, opts); } catch (e) { error = e; }
  if (typeof done === 'function') process.nextTick(done, error);
};
