// Child process for the crash test: saves a review in a tight loop, printing each committed counter.
import { createServices } from '../services/index.ts';
import { doc, paragraph } from '../shared/doc-build.ts';

const [dataDir, reviewId] = process.argv.slice(2) as [string, string];
const services = createServices({ dataDir, mode: 'cli' });
const filler = 'Hội nghị đánh giá tình hình hợp tác ASEAN và sự tham gia của Việt Nam. '.repeat(20);
for (let i = 1; ; i++) {
  // 200 paragraphs per save, each stamped with the counter, so a torn write would show as mixed counters.
  const blocks = Array.from({ length: 200 }, (_, p) => paragraph(`${i}:${p} ${filler}`));
  services.reviews.save(reviewId, doc(blocks), i % 10 === 0 ? 'manual' : 'autosave');
  process.stdout.write(`${i}\n`);
}
