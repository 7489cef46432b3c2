// Child process for the crash test's burst rounds: a typist who never pauses (a keystroke every 20 ms)
// into a 200-paragraph review, through the renderer's own save loop (the editor's max-wait debounce and
// the Autosaver, both free of the DOM) onto the real store. Prints `<keystroke> <ms since epoch>` for
// every keystroke; the parent kills it mid-burst and checks how much typing the store lost.
import { createServices } from '../services/index.ts';
import { doc, paragraph } from '../shared/doc-build.ts';
import type { DocState } from '../shared/doc.ts';
// The one exception to "the main side never imports the renderer" (see eslint.config.js): these two
// modules are pure, and the test must run the save loop the app runs.
import { Autosaver } from '../../renderer/src/features/draft/autosaver.ts';
import { CHANGE_DEBOUNCE_MS, CHANGE_MAX_WAIT_MS, createMaxWaitDebounce } from '../../renderer/src/editor/changeDebounce.ts';

const [dataDir, reviewId] = process.argv.slice(2) as [string, string];
const KEYSTROKE_MS = 20;
const services = createServices({ dataDir, mode: 'cli' });
const filler = 'Hội nghị đánh giá tình hình hợp tác ASEAN và sự tham gia của Việt Nam. '.repeat(20);
const body = Array.from({ length: 200 }, (_, p) => paragraph(`${p} ${filler}`));

let typed = '';
let count = 0;
/** What the editor's export does: a fresh, serializable copy of the whole document. */
const exportState = (): DocState => JSON.parse(JSON.stringify(doc([...body, paragraph(typed)]))) as DocState;

const saver = new Autosaver(services.reviews.get(reviewId).updatedAt, {
  save: async (content, reason, expected) => services.reviews.save(reviewId, content, reason, expected),
  onStatus: () => undefined,
  isStale: () => false,
  pull: () => debounce.flush(),
});
const debounce = createMaxWaitDebounce({
  waitMs: CHANGE_DEBOUNCE_MS,
  maxWaitMs: CHANGE_MAX_WAIT_MS,
  onStart: () => saver.markDirty(),
  onFire: () => saver.change(exportState()),
});

setInterval(() => {
  count++;
  typed += `k${count} `;
  process.stdout.write(`${count} ${Date.now()}\n`);
  debounce.touch();
}, KEYSTROKE_MS);
