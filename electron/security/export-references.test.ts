// Exported files carry no external references: nothing in a .docx (or in the page the Electron PDF path
// prints) that Word, LibreOffice or Chromium would fetch or link to when it is opened — no external
// relationships (remote images, attached templates, linked OLE objects, frames), no field codes that
// fetch (INCLUDEPICTURE, INCLUDETEXT, LINK), no URLs in the print page. Run over the five sample reviews
// (real seeds) with both export profiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { tempDir, tempServices } from '../test/temp.ts';
import { importSamplesOnFirstRun } from '../library/import/samples.ts';
import { docxToPrintHtml } from '../export/print-html.ts';

test('exported Word files and the PDF print page reference nothing outside themselves', async (t) => {
  const services = tempServices(t);
  await importSamplesOnFirstRun(services);
  const reviews = services.reviews.list();
  assert.ok(reviews.length >= 5, `${reviews.length} sample reviews`);
  const out = tempDir(t);
  const problems: string[] = [];
  for (const review of reviews) {
    for (const profile of ['decree30', 'international'] as const) {
      const settings = { ...services.export.settingsFor(review.id), profile };
      const path = join(out, `${review.id}-${profile}.docx`);
      await services.export.docx(review.id, settings, path);
      const bytes = readFileSync(path);
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files)) {
        if (zip.files[name]!.dir) continue;
        if (/\.(rels|xml)$/.test(name)) {
          const xml = await zip.file(name)!.async('string');
          if (/TargetMode\s*=\s*"External"/i.test(xml)) problems.push(`${review.title} ${profile}: external relationship in ${name}`);
          if (/\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDEAUTO|DDE)\b/.test(xml.replace(/<[^>]+>/g, ' ')) && /instrText|fldSimple/.test(xml)) problems.push(`${review.title} ${profile}: fetching field in ${name}`);
          if (/attachedTemplate|w:frameset|o:OLEObject[^>]*Type="Link"/.test(xml)) problems.push(`${review.title} ${profile}: template/frame/linked object in ${name}`);
          // Only the OOXML namespaces may carry http(s) URLs in XML; anything else would be a link.
          const urls = (xml.match(/(?:https?|file|ftp):\/\/[^\s"'<>]+/g) ?? []).filter((u) => !/^http:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org|www\.w3\.org)\//.test(u));
          if (urls.length) problems.push(`${review.title} ${profile}: URLs in ${name}: ${urls.slice(0, 3).join(' ')}`);
        }
      }
      const html = await docxToPrintHtml(bytes, profile);
      if (/<(script|link|iframe|object|embed|base)\b/i.test(html)) problems.push(`${review.title} ${profile}: active element in the print page`);
      const fetched = html.match(/\b(?:src|href|srcset|action)\s*=\s*["']?(?!data:|#)[^"'\s>]+/gi) ?? [];
      if (fetched.length) problems.push(`${review.title} ${profile}: the print page fetches ${fetched.slice(0, 3).join(' ')}`);
      if (/url\(\s*["']?(?!data:)/i.test(html) || /@import/i.test(html)) problems.push(`${review.title} ${profile}: CSS fetch in the print page`);
    }
  }
  assert.deepEqual(problems, []);
});
