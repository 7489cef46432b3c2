// The interface font's subsets are the font package's own: the same files, each with the characters the
// package says it holds (a range claimed wider than the file would draw empty boxes instead of falling
// back to a system font), and the Vietnamese alphabet wholly inside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { UI_FONT_SUBSETS } from './uiFontSubsets.ts';

const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource-variable/inter/package.json'));

/** file → unicode-range, from the package's index.css. */
function declaredRanges(): Map<string, string> {
  const css = readFileSync(join(packageDir, 'index.css'), 'utf8');
  const ranges = new Map<string, string>();
  for (const [, file, range] of css.matchAll(/url\(\.\/files\/([^)]+)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) ranges.set(file!, range!.trim());
  return ranges;
}

const covers = (range: string, code: number) => range.split(',').some((part) => {
  const [from, to] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
  return code >= from! && code <= (to ?? from!);
});

test('each subset is a file of the package, with the range its stylesheet declares', () => {
  const declared = declaredRanges();
  assert.ok(declared.size >= UI_FONT_SUBSETS.length, 'the package stylesheet was read');
  for (const subset of UI_FONT_SUBSETS) {
    assert.ok(existsSync(join(packageDir, 'files', subset.file)), subset.file);
    assert.equal(subset.unicodeRange, declared.get(subset.file), subset.file);
  }
});

test('every letter of Vietnamese, upper and lower case, with every tone, is in a subset', () => {
  const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const all = [...letters].flatMap((letter) => tones.map((tone) => (letter + tone).normalize('NFC')));
  for (const text of [...all, ...all.map((t) => t.toUpperCase()), '₫ “” ‘’ … – — · ‹ ›']) {
    for (const char of text) {
      const code = char.codePointAt(0)!;
      assert.ok(UI_FONT_SUBSETS.some((subset) => covers(subset.unicodeRange, code)), `U+${code.toString(16)} ${char}`);
    }
  }
});
