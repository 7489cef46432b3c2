// The Chromium app's question about a damaged library: the desktop app asks it in a native message box
// (electron/main.ts), this window has none, so it asks in the page, before the app itself is loaded.
// Both languages: the UI language is a setting, and the settings are in the file that cannot be read.
import type { Page } from 'playwright-core';
import type { DamagedLibraryQuestion, RecoveryChoice } from '../electron/backup/recover.ts';

const SKELETON = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Review Desk</title><style>
body { margin: 0; background: #eef0f3; color: #1d2330; font: 14px/1.5 system-ui, sans-serif; }
main { min-height: 100vh; display: grid; place-items: center; }
.question { max-width: 640px; margin: 24px; padding: 24px 28px; background: #fff; border: 1px solid #d5dae2; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(20, 30, 50, .12); }
h1 { margin: 0 0 12px; font-size: 18px; color: #8a1f11; }
p { margin: 0 0 12px; white-space: pre-line; overflow-wrap: anywhere; }
.detail { color: #4a5263; }
.choices { display: flex; flex-direction: column; gap: 8px; margin-top: 18px; }
button { font: inherit; text-align: left; padding: 8px 12px; border: 1px solid #b9c2cf; border-radius: 6px; background: #f7f8fa; color: inherit; cursor: pointer; }
button.default { background: #1f5fbf; border-color: #1f5fbf; color: #fff; }
button:focus-visible { outline: 3px solid #f0a020; outline-offset: 2px; }
</style></head><body><main><div class="question" role="alertdialog" aria-modal="true" aria-labelledby="title" aria-describedby="message-vi message-en">
<h1 id="title">Thư viện bị hỏng / The library is damaged</h1>
<p id="message-vi" lang="vi"></p><p id="message-en" lang="en"></p><p class="detail" id="detail"></p>
<div class="choices" id="choices"></div></div></main></body></html>`;

/** Shows the question in the page and settles with the user's choice; closing the window means 'quit'. */
export async function askAboutDamagedLibrary(page: Page, question: DamagedLibraryQuestion): Promise<RecoveryChoice> {
  return new Promise<RecoveryChoice>((resolve, reject) => {
    const closed = () => resolve('quit');
    page.once('close', closed);
    const choices = new Set<string>(question.choices.map((c) => c.choice));
    void (async () => {
      await page.exposeBinding('rdRecoveryChoice', (_source, choice: unknown) => {
        if (typeof choice !== 'string' || !choices.has(choice)) return;
        page.off('close', closed); // the app's own window goes on in this page
        resolve(choice as RecoveryChoice);
      });
      await page.setContent(SKELETON);
      // Text from the file system and SQLite goes in as text, never as markup.
      await page.evaluate((q) => {
        const answer = (choice: string) => (window as unknown as { rdRecoveryChoice(c: string): void }).rdRecoveryChoice(choice);
        document.getElementById('message-vi')!.textContent = q.message.vi;
        document.getElementById('message-en')!.textContent = q.message.en;
        document.getElementById('detail')!.textContent = q.detail;
        const list = document.getElementById('choices')!;
        q.choices.forEach(({ choice, label }, i) => {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = label;
          button.dataset.choice = choice;
          if (i === 0) button.className = 'default';
          button.addEventListener('click', () => answer(choice));
          list.append(button);
        });
        // As in the desktop app's message box: Esc is "quit", the first choice has the focus.
        document.addEventListener('keydown', (event) => { if (event.key === 'Escape') answer('quit'); });
        list.querySelector('button')?.focus();
        document.querySelector('[role="alertdialog"]')!.setAttribute('data-ready', '');
      }, question);
    })().catch(reject);
  });
}
