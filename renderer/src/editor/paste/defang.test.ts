// defangHtml: handler and URL attributes never survive the text pass, whatever the quoting; everything
// else (structure, Word's conditional comments, styles the sanitizer reads) is left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defangHtml, isDangerousAttribute, safeStyle } from './defang.ts';

test('removes on* handlers in every quoting style and case', () => {
  const out = defangHtml(`<img src="https://evil.example/x.png" onerror="alert(1)"><p ONCLICK='x()' class=a onmouseover=y()>t</p><svg onload=z()/>`);
  assert.doesNotMatch(out, /on(error|click|mouseover|load)/i);
  assert.doesNotMatch(out, /evil\.example/);
  assert.match(out, /<p class="a">t<\/p>/);
});

test('removes URL-bearing attributes and url() in styles, keeps the styles the sanitizer reads', () => {
  const out = defangHtml(`<a href="javascript:alert(3)">l</a><span style="font-weight:bold;background:url(https://t.example/p.gif)">b</span><form action=/x><button formaction=/y>b</button></form><svg><use xlink:href="#a"/></svg>`);
  assert.doesNotMatch(out, /javascript|t\.example|action=|xlink:href/);
  assert.match(out, /style="font-weight:bold;background:none"/);
  assert.equal(safeStyle('mso-list:l0 level1 lfo1'), 'mso-list:l0 level1 lfo1');
});

test('a ">" inside a quoted value does not end the tag early', () => {
  const out = defangHtml(`<p title="a > b" onclick="x()">t</p>`);
  assert.equal(out, '<p title="a > b">t</p>');
});

test('comments, Word conditional comments and doctype pass unchanged; tags after them are still defanged', () => {
  const html = `<!doctype html><!--StartFragment--><![if !supportLists]><span style='mso-list:Ignore'>-</span><![endif]><!-- <img onerror=a> --><img src=x onerror=b>`;
  const out = defangHtml(html);
  assert.ok(out.startsWith(`<!doctype html><!--StartFragment--><![if !supportLists]><span style="mso-list:Ignore">-</span><![endif]><!-- <img onerror=a> -->`));
  assert.ok(out.endsWith('<img>'));
  // An abruptly closed comment ends at once, as in the browser: the tag after it is a real one.
  assert.equal(defangHtml('<!--><img src=x onerror=c>'), '<!--><img>');
});

test('text with stray "<" and unterminated tags keeps its text and loses the attributes', () => {
  assert.equal(defangHtml('1 < 2 and a<b'), '1 < 2 and a<b');
  assert.doesNotMatch(defangHtml('<img src=x onerror="alert(1)'), /onerror/);
  assert.equal(isDangerousAttribute('colspan'), false);
  assert.equal(isDangerousAttribute('OnError'), true);
});
